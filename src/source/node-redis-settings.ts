/**
 * Reads node-redis' `createClient({...})` options: `url` (which wins over `database`, as node-redis does),
 * `socket.{host, port, tls, ca, rejectUnauthorized, connectTimeout}`, `username`, `password`, `database`, `name`,
 * `commandOptions` holding the Buffer type mapping, and `scripts` (left to the rule migrating the scripts' calls).
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { emptySettings, offer, type ConnectionSettings, type SettingName } from './connection-settings.js';
import { readObjectLiteral } from './object-properties.js';
import { readRedisUrl } from './redis-url.js';
import { readBufferTypeMapping } from './buffer-type-mapping.js';
import { readTlsEntries, readTlsOptions } from './tls-options.js';
import type { NodeLike } from '../ast/node.js';

const TOP_LEVEL: Readonly<Record<string, SettingName>> = {
  username: 'username',
  password: 'password',
  database: 'databaseId',
  name: 'clientName',
};

const SOCKET: Readonly<Record<string, SettingName>> = {
  host: 'host',
  port: 'port',
  connectTimeout: 'connectionTimeout',
};

const DROPPABLE = new Set(['pingInterval', 'disableOfflineQueue', 'commandsQueueMaxLength', 'disableClientInfo']);
const DROPPABLE_SOCKET = new Set(['reconnectStrategy', 'keepAlive', 'noDelay', 'family', 'keepAliveInitialDelay']);

function readSocket(value: ExpressionKind, settings: ConnectionSettings): void {
  const { entries, readable } = readObjectLiteral(value);
  if (!readable) {
    settings.unsupported.push('socket options that are not an object literal');
    return;
  }
  const tlsEntries = new Map<string, ExpressionKind>();
  for (const [name, entry] of entries) {
    const direct = SOCKET[name];
    if (direct) offer(settings, direct, entry);
    else if (name === 'tls') readTlsOptions(entry, settings);
    else if (name === 'ca' || name === 'rejectUnauthorized' || name === 'cert' || name === 'key' || name === 'servername') {
      tlsEntries.set(name, entry);
    } else if (name === 'path') settings.unsupported.push('a Unix socket path (GLIDE connects over TCP only)');
    else if (DROPPABLE_SOCKET.has(name)) settings.dropped.push(`socket.${name}`);
    else settings.unsupported.push(`socket option '${name}'`);
  }
  readTlsEntries(tlsEntries, settings);
}

/** `commandOptions`: only `{ typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } }`, GLIDE's Bytes decoder. */
function readCommandOptions(j: JSCodeshift, value: ExpressionKind, settings: ConnectionSettings): void {
  const { entries, readable } = readObjectLiteral(value);
  const mapping = readable && entries.size === 1 ? readBufferTypeMapping(entries.get('typeMapping')) : undefined;
  if (!mapping) {
    settings.unsupported.push("option 'commandOptions' (only a type mapping of BLOB_STRING to Buffer has a GLIDE counterpart)");
    return;
  }
  settings.bufferMapping = mapping;
  offer(settings, 'defaultDecoder', j.memberExpression(j.identifier('Decoder'), j.identifier('Bytes')));
}

export function readNodeRedisOptions(j: JSCodeshift, args: readonly ExpressionKind[]): ConnectionSettings {
  const settings = emptySettings();
  const [options, ...extra] = args as NodeLike[];
  if (extra.length > 0) settings.unsupported.push('more than one argument to createClient');
  if (!options) return settings;
  const { entries, readable } = readObjectLiteral(options);
  if (!readable) {
    settings.unsupported.push('options that are not an object literal');
    return settings;
  }
  const url = entries.get('url') as NodeLike | undefined;
  if (url) {
    const text = url.type === 'StringLiteral' || url.type === 'Literal' ? url.value : undefined;
    if (typeof text !== 'string') settings.runtimeUrl = url as unknown as ExpressionKind;
    else if (!readRedisUrl(j, text, settings)) settings.unsupported.push(`the URL '${text}'`);
  }
  for (const [name, value] of entries) {
    const direct = TOP_LEVEL[name];
    if (name === 'url') continue;
    if (direct) offer(settings, direct, value);
    else if (name === 'socket') readSocket(value, settings);
    else if (name === 'commandOptions') readCommandOptions(j, value, settings);
    else if (DROPPABLE.has(name)) settings.dropped.push(name);
    // Each script becomes a Script object its calls invoke (the define-script-to-script rule, which flags a call it
    // cannot migrate); GLIDE's configuration has no place for them.
    else if (name === 'scripts' && readObjectLiteral(value).readable) continue;
    else settings.unsupported.push(`option '${name}'`);
  }
  return settings;
}
