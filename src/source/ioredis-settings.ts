/**
 * Reads the arguments of `new Redis(...)` the way ioredis merges them: positional port and host first, then a
 * URL or `host:port` string, then the options object, the first value for each setting winning.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { emptySettings, offer, type ConnectionSettings, type SettingName } from './connection-settings.js';
import { readObjectLiteral } from './object-properties.js';
import { readRedisUrl } from './redis-url.js';
import { readTlsOptions } from './tls-options.js';
import type { NodeLike } from '../ast/node.js';

const DIRECT: Readonly<Record<string, SettingName>> = {
  host: 'host',
  port: 'port',
  username: 'username',
  password: 'password',
  db: 'databaseId',
  connectionName: 'clientName',
  connectTimeout: 'connectionTimeout',
  commandTimeout: 'requestTimeout',
  lazyConnect: 'lazyConnect',
};

/** Options that only act while the connection is down or being set up; GLIDE reconnects on its own. */
const DROPPABLE = new Set([
  'retryStrategy',
  'maxRetriesPerRequest',
  'enableOfflineQueue',
  'enableReadyCheck',
  'autoResubscribe',
  'autoResendUnfulfilledCommands',
  'reconnectOnError',
  'enableAutoPipelining',
  'showFriendlyErrorStack',
  'maxLoadingRetryTime',
  'family',
  'keepAlive',
  'noDelay',
]);

function literalValue(node: NodeLike): unknown {
  return node.type === 'StringLiteral' || node.type === 'NumericLiteral' || node.type === 'Literal' ? node.value : undefined;
}

function readOptions(node: NodeLike, settings: ConnectionSettings): void {
  const { entries, readable } = readObjectLiteral(node);
  if (!readable) {
    settings.unsupported.push('options that are not an object literal');
    return;
  }
  for (const [name, value] of entries) {
    const direct = DIRECT[name];
    if (direct) offer(settings, direct, value);
    else if (name === 'tls') readTlsOptions(value, settings);
    else if (DROPPABLE.has(name)) settings.dropped.push(name);
    // Each script becomes a Script object its calls invoke (the define-command-to-script rule, which flags a call
    // it cannot migrate); GLIDE's configuration has no place for them.
    else if (name === 'scripts' && readObjectLiteral(value).readable) continue;
    else settings.unsupported.push(`option '${name}'`);
  }
}

function isNumberExpression(node: NodeLike): boolean {
  if (node.type === 'NumericLiteral') return true;
  const callee = node.type === 'CallExpression' ? (node.callee as NodeLike) : undefined;
  return callee?.type === 'Identifier' && (callee.name === 'Number' || callee.name === 'parseInt');
}

/** `new Redis(port, host?)`: takes the positional port and the host that may follow it. */
function readPositionalAddress(port: ExpressionKind, rest: NodeLike[], settings: ConnectionSettings): void {
  offer(settings, 'port', port);
  if (rest[0] && rest[0].type !== 'ObjectExpression') offer(settings, 'host', rest.shift() as ExpressionKind);
}

export function readIoredisArguments(j: JSCodeshift, args: readonly ExpressionKind[]): ConnectionSettings {
  const settings = emptySettings();
  const rest = [...args] as NodeLike[];
  const first = rest[0];
  if (first && first.type !== 'ObjectExpression') {
    rest.shift();
    const text = literalValue(first);
    if (isNumberExpression(first)) readPositionalAddress(first as ExpressionKind, rest, settings);
    else if (typeof text !== 'string') {
      settings.runtimeUrl = first as ExpressionKind;
      if (rest[0] && rest[0].type !== 'ObjectExpression') settings.runtimeHost = rest.shift() as ExpressionKind;
    }
    else if (/^\d+$/.test(text)) readPositionalAddress(j.numericLiteral(Number(text)), rest, settings);
    else if (text.startsWith('/')) settings.unsupported.push('a Unix socket path (GLIDE connects over TCP only)');
    else if (!readRedisUrl(j, text, settings)) settings.unsupported.push(`the connection string '${text}'`);
  }
  for (const argument of rest) readOptions(argument, settings);
  return settings;
}
