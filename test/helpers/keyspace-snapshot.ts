/**
 * Everything a Valkey server holds, as plain sorted data. The golden-file harness runs an app before and after
 * migration and compares these snapshots: equal snapshots mean the GLIDE code wrote the same keys, types, values
 * and expiries as the original client. Every database 0..15 is read, since apps may select one (`db`, `databaseId`).
 * The output is deterministic (keys, set members and hash fields sorted) and survives a JSON round trip unchanged.
 */
import { Redis } from 'ioredis';

/** The value of one key, in a form that compares and serialises the same way for equal data. */
export type KeyspaceValue =
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'hash'; readonly value: Readonly<Record<string, string>> }
  | { readonly type: 'list'; readonly value: readonly string[] }
  | { readonly type: 'set'; readonly value: readonly string[] }
  | { readonly type: 'zset'; readonly value: readonly (readonly [member: string, score: string])[] }
  | { readonly type: 'stream'; readonly value: readonly (readonly [id: string, fields: readonly string[]])[] };

export type KeyspaceEntry = { readonly db: number; readonly key: string } & KeyspaceValue & { readonly hasTtl: boolean };

/** A key whose type the snapshot has no representation for (a module type, say); better loud than silently skipped. */
export class UnsupportedKeyTypeError extends Error {
  constructor(db: number, key: string, type: string) {
    super(`cannot snapshot key "${key}" in db ${db}: unsupported type "${type}"`);
    this.name = 'UnsupportedKeyTypeError';
  }
}

const DATABASES = 16;
const SCAN_COUNT = 500;

export async function takeKeyspaceSnapshot(url: string): Promise<KeyspaceEntry[]> {
  // RESP2 so that scores arrive as the server's own strings and replies have one shape whatever ioredis defaults to.
  const client = new Redis(url, { lazyConnect: true, protocol: 2, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await client.connect();
  try {
    const entries: KeyspaceEntry[] = [];
    for (let db = 0; db < DATABASES; db += 1) {
      await client.select(db);
      for (const key of await scanAllKeys(client)) {
        const entry = await readEntry(client, db, key);
        if (entry) entries.push(entry);
      }
    }
    return entries;
  } finally {
    await client.quit();
  }
}

async function scanAllKeys(client: Redis): Promise<string[]> {
  // SCAN may return a key more than once, hence the Set.
  const keys = new Set<string>();
  let cursor = '0';
  do {
    const [next, batch] = await client.scan(cursor, 'COUNT', SCAN_COUNT);
    for (const key of batch) keys.add(key);
    cursor = next;
  } while (cursor !== '0');
  return [...keys].sort(byCodeUnit);
}

async function readEntry(client: Redis, db: number, key: string): Promise<KeyspaceEntry | undefined> {
  const type = await client.type(key);
  // The key expired (or was deleted) between SCAN and TYPE: it is no longer part of the keyspace.
  if (type === 'none') return undefined;
  const value = await readValue(client, db, key, type);
  const hasTtl = (await client.pttl(key)) > 0;
  return { db, key, ...value, hasTtl };
}

async function readValue(client: Redis, db: number, key: string, type: string): Promise<KeyspaceValue> {
  switch (type) {
    case 'string':
      return { type, value: (await client.get(key)) ?? '' };
    case 'hash':
      return { type, value: sortedRecord(await client.hgetall(key)) };
    case 'list':
      return { type, value: await client.lrange(key, 0, -1) };
    case 'set':
      return { type, value: (await client.smembers(key)).sort(byCodeUnit) };
    case 'zset':
      return { type, value: pairs(await client.zrange(key, 0, '-1', 'WITHSCORES')) };
    case 'stream':
      return { type, value: (await client.xrange(key, '-', '+')).map(([id, fields]) => [id, fields] as const) };
    default:
      throw new UnsupportedKeyTypeError(db, key, type);
  }
}

// Integer-like field names still come first in a JS object whatever the insertion order, but that order is itself
// fixed by the language, so equal hashes always serialise the same way. fromEntries keeps "__proto__" an own field.
function sortedRecord(hash: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(hash).sort(([a], [b]) => byCodeUnit(a, b)));
}

function pairs(flat: string[]): [member: string, score: string][] {
  const result: [string, string][] = [];
  for (let i = 0; i < flat.length; i += 2) result.push([flat[i], flat[i + 1]]);
  return result;
}

/** Plain UTF-16 order: unlike localeCompare it does not depend on the machine's locale. */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
