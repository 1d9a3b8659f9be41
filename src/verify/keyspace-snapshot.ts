/**
 * Everything a Valkey server holds, as plain sorted data: verify compares the snapshot left by the original run
 * with the one left by the migrated run, and equal snapshots mean the GLIDE code wrote the same keys, types, values
 * and expiries as the original client (an expiry's length is not compared, since the two runs happen at different
 * moments; whether one is set is). Every database 0..15 (or as many as the server has) is read, since programs may
 * select one. The output is deterministic (keys, set members and hash fields sorted) and survives a JSON round trip
 * unchanged.
 * The server is read over verify's own RESP connection (resp-connection.ts says why there is no client library).
 */
import { withRespConnection, type RespConnection } from './resp-connection.js';
import type { RespReply } from './resp-reply.js';
import type { ServerAddress } from './server-address.js';
import { UnsupportedKeyTypeError, ValkeyConnectionError } from './verify-errors.js';

/** The value of one key, in a form that compares and serialises the same way for equal data. */
export type KeyspaceValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'hash'; readonly value: Readonly<Record<string, string>> }
  | { readonly type: 'list'; readonly value: readonly string[] }
  | { readonly type: 'set'; readonly value: readonly string[] }
  | { readonly type: 'zset'; readonly value: readonly (readonly [member: string, score: string])[] }
  | { readonly type: 'stream'; readonly value: readonly (readonly [id: string, fields: readonly string[]])[] };

export type KeyspaceEntry = { readonly db: number; readonly key: string } & KeyspaceValue & { readonly hasTtl: boolean };

const DATABASES = 16;
const SCAN_COUNT = '500';

export function takeKeyspaceSnapshot(address: ServerAddress): Promise<KeyspaceEntry[]> {
  return withRespConnection(address, async (connection) => {
    const entries: KeyspaceEntry[] = [];
    for (let db = 0; db < DATABASES; db += 1) {
      if (!(await selectDatabase(connection, db))) break;
      for (const key of await scanAllKeys(connection)) {
        const entry = await readEntry(connection, db, key);
        if (entry) entries.push(entry);
      }
    }
    return entries;
  });
}

/** False when the server has fewer databases than that (`databases` is configurable): there are no more to read. */
async function selectDatabase(connection: RespConnection, db: number): Promise<boolean> {
  try {
    await connection.command('SELECT', String(db));
    return true;
  } catch (error) {
    if (db > 0 && error instanceof ValkeyConnectionError && /DB index is out of range/i.test(error.message)) return false;
    throw error;
  }
}

async function scanAllKeys(connection: RespConnection): Promise<string[]> {
  // SCAN may return a key more than once, hence the Set.
  const keys = new Set<string>();
  let cursor = '0';
  do {
    const [next, batch] = arrayOf(await connection.command('SCAN', cursor, 'COUNT', SCAN_COUNT));
    for (const key of strings(batch)) keys.add(key);
    cursor = String(next);
  } while (cursor !== '0');
  return [...keys].sort(byCodeUnit);
}

async function readEntry(connection: RespConnection, db: number, key: string): Promise<KeyspaceEntry | undefined> {
  const type = String(await connection.command('TYPE', key));
  // The key expired (or was deleted) between SCAN and TYPE: it is no longer part of the keyspace.
  if (type === 'none') return undefined;
  const value = await readValue(connection, db, key, type);
  const hasTtl = Number(await connection.command('PTTL', key)) > 0;
  return { db, key, ...value, hasTtl };
}

async function readValue(connection: RespConnection, db: number, key: string, type: string): Promise<KeyspaceValue> {
  switch (type) {
    case 'string':
      return { type, value: String((await connection.command('GET', key)) ?? '') };
    case 'hash':
      return { type, value: sortedRecord(pairs(strings(await connection.command('HGETALL', key)))) };
    case 'list':
      return { type, value: strings(await connection.command('LRANGE', key, '0', '-1')) };
    case 'set':
      return { type, value: strings(await connection.command('SMEMBERS', key)).sort(byCodeUnit) };
    case 'zset':
      return { type, value: pairs(strings(await connection.command('ZRANGE', key, '0', '-1', 'WITHSCORES'))) };
    case 'stream':
      return { type, value: arrayOf(await connection.command('XRANGE', key, '-', '+')).map(streamEntry) };
    default:
      throw new UnsupportedKeyTypeError(db, key, type);
  }
}

function arrayOf(reply: RespReply): readonly RespReply[] {
  return Array.isArray(reply) ? reply : [];
}

function strings(reply: RespReply): string[] {
  return arrayOf(reply).map((item) => String(item));
}

function streamEntry(reply: RespReply): readonly [string, readonly string[]] {
  const [id, fields] = arrayOf(reply);
  return [String(id), strings(fields)];
}

// Integer-like field names still come first in a JS object whatever the insertion order, but that order is itself
// fixed by the language, so equal hashes always serialise the same way. fromEntries keeps "__proto__" an own field.
function sortedRecord(fields: readonly (readonly [string, string])[]): Record<string, string> {
  return Object.fromEntries([...fields].sort(([a], [b]) => byCodeUnit(a, b)));
}

function pairs(flat: readonly string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let i = 0; i < flat.length; i += 2) result.push([flat[i], flat[i + 1]]);
  return result;
}

/** Plain UTF-16 order: unlike localeCompare it does not depend on the machine's locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
