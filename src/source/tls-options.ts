/**
 * TLS options of either client: any `tls` value turns TLS on; a CA becomes GLIDE's root certificates and
 * `rejectUnauthorized: false` its `insecure` mode. Client certificates (mutual TLS) have no GLIDE counterpart.
 */
import jscodeshift from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { offer, type ConnectionSettings } from './connection-settings.js';
import { readObjectLiteral } from './object-properties.js';
import type { NodeLike } from '../ast/node.js';

/** Reads `tls: true` or `tls: {...}` (ioredis) / `socket: { tls: true, ca, rejectUnauthorized }` (node-redis). */
export function readTlsOptions(value: ExpressionKind, settings: ConnectionSettings): void {
  const node = value as unknown as NodeLike;
  if (node.type === 'BooleanLiteral' || node.type === 'Literal') {
    if (node.value === true) offer(settings, 'useTLS', value);
    return;
  }
  const { entries, readable } = readObjectLiteral(value);
  if (!readable) {
    settings.unsupported.push('TLS options that are not an object literal');
    return;
  }
  offer(settings, 'useTLS', jscodeshift.booleanLiteral(true));
  readTlsEntries(entries, settings);
}

export function readTlsEntries(entries: ReadonlyMap<string, ExpressionKind>, settings: ConnectionSettings): void {
  for (const [name, entry] of entries) {
    if (name === 'ca') offer(settings, 'rootCertificates', entry);
    else if (name === 'rejectUnauthorized') {
      const literal = entry as unknown as NodeLike;
      if (literal.value === false) offer(settings, 'insecure', jscodeshift.booleanLiteral(true));
      else if (literal.value !== true) settings.unsupported.push('a computed rejectUnauthorized');
    } else if (name === 'servername') settings.dropped.push('tls.servername');
    else settings.unsupported.push(`TLS option '${name}' (GLIDE has no client certificates)`);
  }
}
