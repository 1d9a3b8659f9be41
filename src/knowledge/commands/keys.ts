/** Keys: existence, expiry, renaming. */
import type { CommandEntry } from './types.js';

const KEYS_AS_ONE_ARRAY = 'GLIDE takes the keys as one array; a lone string key is still one key.';
const FLAG_AS_NUMBER = 'GLIDE answers true / false where both source clients answer 1 / 0.';
const EXPIRY_AND_FLAG = "The NX / XX / GT / LT keyword becomes GLIDE's { expireOption } option; GLIDE answers true / false where both source clients answer 1 / 0.";

export const KEY_COMMANDS: readonly CommandEntry[] = [
  { command: 'DEL', family: 'keys', glide: 'del', ioredis: ['del'], nodeRedis: ['del', 'DEL'], nodeRedisBuffers: 'client', migration: { rule: 'variadic-arguments-to-array', leading: 0 }, differences: KEYS_AS_ONE_ARRAY },
  { command: 'UNLINK', family: 'keys', glide: 'unlink', ioredis: ['unlink'], nodeRedis: ['unlink', 'UNLINK'], migration: { rule: 'variadic-arguments-to-array', leading: 0 }, differences: KEYS_AS_ONE_ARRAY },
  { command: 'EXISTS', family: 'keys', glide: 'exists', ioredis: ['exists'], nodeRedis: ['exists', 'EXISTS'], nodeRedisBuffers: 'client', migration: { rule: 'variadic-arguments-to-array', leading: 0 }, differences: KEYS_AS_ONE_ARRAY },
  { command: 'TOUCH', family: 'keys', glide: 'touch', ioredis: ['touch'], nodeRedis: ['touch', 'TOUCH'], migration: { rule: 'variadic-arguments-to-array', leading: 0 }, differences: KEYS_AS_ONE_ARRAY },
  { command: 'TTL', family: 'keys', glide: 'ttl', ioredis: ['ttl'], nodeRedis: ['ttl', 'TTL'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'PTTL', family: 'keys', glide: 'pttl', ioredis: ['pttl'], nodeRedis: ['pTTL', 'PTTL'], migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'EXPIRETIME', family: 'keys', glide: 'expiretime', ioredis: ['expiretime'], nodeRedis: ['expireTime', 'EXPIRETIME'], migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'PEXPIRETIME', family: 'keys', glide: 'pexpiretime', ioredis: ['pexpiretime'], nodeRedis: ['pExpireTime', 'PEXPIRETIME'], migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'TYPE', family: 'keys', glide: 'type', ioredis: ['type'], nodeRedis: ['type', 'TYPE'], nodeRedisBuffers: 'client', nodeRedisBufferCast: 'string', migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'string' } },
  { command: 'RENAME', family: 'keys', glide: 'rename', ioredis: ['rename'], nodeRedis: ['rename', 'RENAME'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 'ss' } },
  { command: 'RANDOMKEY', family: 'keys', glide: 'randomKey', ioredis: ['randomkey'], nodeRedis: ['randomKey', 'RANDOMKEY'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: '', replyType: 'string | null' } },
  { command: 'EXPIRE', family: 'keys', glide: 'expire', ioredis: ['expire'], nodeRedis: ['expire', 'EXPIRE'], nodeRedisBuffers: 'client', migration: { rule: 'boolean-reply-to-integer', parameters: 'sn', takes: 'expire-option' }, differences: EXPIRY_AND_FLAG },
  { command: 'PEXPIRE', family: 'keys', glide: 'pexpire', ioredis: ['pexpire'], nodeRedis: ['pExpire', 'PEXPIRE'], migration: { rule: 'boolean-reply-to-integer', parameters: 'sn', takes: 'expire-option' }, differences: EXPIRY_AND_FLAG },
  {
    command: 'EXPIREAT', family: 'keys', glide: 'expireAt', ioredis: ['expireat'], nodeRedis: ['expireAt', 'EXPIREAT'], migration: { rule: 'boolean-reply-to-integer', parameters: 'sn', takes: 'expire-option' },
    differences: `${EXPIRY_AND_FLAG} node-redis also takes a Date, GLIDE only Unix seconds.`,
  },
  {
    command: 'PEXPIREAT', family: 'keys', glide: 'pexpireAt', ioredis: ['pexpireat'], nodeRedis: ['pExpireAt', 'PEXPIREAT'], migration: { rule: 'boolean-reply-to-integer', parameters: 'sn', takes: 'expire-option' },
    differences: `${EXPIRY_AND_FLAG} node-redis also takes a Date, GLIDE only Unix milliseconds.`,
  },
  { command: 'PERSIST', family: 'keys', glide: 'persist', ioredis: ['persist'], nodeRedis: ['persist', 'PERSIST'], migration: { rule: 'boolean-reply-to-integer', parameters: 's' }, differences: FLAG_AS_NUMBER },
  { command: 'RENAMENX', family: 'keys', glide: 'renamenx', ioredis: ['renamenx'], nodeRedis: ['renameNX', 'RENAMENX'], migration: { rule: 'boolean-reply-to-integer', parameters: 'ss' }, differences: FLAG_AS_NUMBER },
  { command: 'MOVE', family: 'keys', glide: 'move', ioredis: ['move'], nodeRedis: ['move', 'MOVE'], migration: { rule: 'boolean-reply-to-integer', parameters: 'sn' }, differences: FLAG_AS_NUMBER },
  { command: 'COPY', family: 'keys', glide: 'copy', ioredis: ['copy'], nodeRedis: ['copy', 'COPY'], migration: { rule: 'boolean-reply-to-integer', parameters: 'ss' }, differences: FLAG_AS_NUMBER },
  {
    command: 'DUMP', family: 'keys', glide: 'dump', ioredis: ['dump'], ioredisBuffer: ['dumpBuffer'], nodeRedis: ['dump', 'DUMP'], nodeRedisBuffers: 'client', migration: { rule: 'dump-and-restore' },
    differences: "GLIDE answers the payload as a Buffer, as ioredis' dumpBuffer does; ioredis' dump and node-redis' dump (default type mapping) answer it decoded as UTF-8 text, which loses bytes, and are read back with toString(), the same text.",
  },
  {
    command: 'RESTORE', family: 'keys', glide: 'restore', ioredis: ['restore'], nodeRedis: ['restore', 'RESTORE'], nodeRedisBuffers: 'client', migration: { rule: 'dump-and-restore' },
    differences: "The REPLACE / ABSTTL / IDLETIME / FREQ words (ioredis) or options (node-redis) become GLIDE's { replace, absttl, idletime, frequency }; GLIDE's types want the payload as a Buffer.",
  },
  {
    command: 'SORT', family: 'keys', glide: 'sort', glideAlso: ['sortStore'], ioredis: ['sort'], nodeRedis: ['sort', 'SORT', 'sortStore', 'SORT_STORE'], migration: { rule: 'sort-options' },
    differences: "The BY / LIMIT / GET / ASC / DESC / ALPHA words (ioredis) or { BY, LIMIT, GET, DIRECTION, ALPHA } (node-redis) become GLIDE's { byPattern, limit, getPatterns, orderBy: SortOrder, isAlpha }; STORE (ioredis) or sortStore (node-redis) is GLIDE's sortStore(key, destination, options). The same replies.",
  },
  {
    command: 'SORT_RO', family: 'keys', glide: 'sortReadOnly', ioredis: ['sort_ro'], nodeRedis: ['sortRo', 'SORT_RO'], migration: { rule: 'sort-options' },
    differences: "GLIDE's sortReadOnly, with SORT's options as GLIDE's SortOptions. The same reply.",
  },
  {
    command: 'OBJECT ENCODING', family: 'keys', glide: 'objectEncoding', ioredis: ['object'], ioredisSubcommand: 'ENCODING', nodeRedis: ['objectEncoding', 'OBJECT_ENCODING'],
    migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'string | null' },
    differences: "ioredis names the subcommand as its first argument (object('ENCODING', key)); GLIDE has a method for it, with the same reply.",
  },
  {
    command: 'OBJECT IDLETIME', family: 'keys', glide: 'objectIdletime', ioredis: ['object'], ioredisSubcommand: 'IDLETIME', nodeRedis: ['objectIdleTime', 'OBJECT_IDLETIME'],
    migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'number | null' },
    differences: "ioredis names the subcommand as its first argument (object('IDLETIME', key)); GLIDE has a method for it, with the same reply.",
  },
  {
    command: 'OBJECT FREQ', family: 'keys', glide: 'objectFreq', ioredis: ['object'], ioredisSubcommand: 'FREQ', nodeRedis: ['objectFreq', 'OBJECT_FREQ'],
    migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'number | null' },
    differences: "ioredis names the subcommand as its first argument (object('FREQ', key)); GLIDE has a method for it, with the same reply (an error unless an LFU maxmemory-policy is set, in every client).",
  },
  {
    command: 'OBJECT REFCOUNT', family: 'keys', glide: 'objectRefcount', ioredis: ['object'], ioredisSubcommand: 'REFCOUNT', nodeRedis: ['objectRefCount', 'OBJECT_REFCOUNT'],
    migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'number | null' },
    differences: "ioredis names the subcommand as its first argument (object('REFCOUNT', key)); GLIDE has a method for it, with the same reply.",
  },
  {
    command: 'KEYS', family: 'keys', glide: 'customCommand', ioredis: ['keys'], nodeRedis: ['keys'], migration: { rule: 'keys-to-custom-command' },
    differences: "GLIDE's standalone client has no keys(): customCommand(['KEYS', pattern]) sends the same command.",
  },
  {
    command: 'SCAN', family: 'keys', glide: 'scan', ioredis: ['scan', 'scanStream'], ioredisBuffer: ['scanBuffer', 'scanBufferStream'], nodeRedis: ['scan', 'SCAN', 'scanIterator'], migration: { rule: 'scan-cursors' },
    differences: "MATCH / COUNT / TYPE words (ioredis) or { MATCH, COUNT, TYPE } (node-redis) become GLIDE's { match, count, type: ObjectType.* }; GLIDE answers [cursor, keys] as ioredis does, rebuilt as node-redis' { cursor, keys }; node-redis' scanIterator becomes a loop over scan, ioredis' scanStream Readable.from that loop (node:stream), and scanBufferStream the same loop with { decoder: Decoder.Bytes }, whose keys are the same Buffers; scanBuffer becomes scan with { decoder: Decoder.Bytes }, whose cursor and keys are Buffers as ioredis answered them. Standalone clients only: GLIDE's cluster scan takes a ClusterScanCursor.",
  },
  {
    command: 'MIGRATE', family: 'keys', glide: 'migrate', ioredis: ['migrate'], nodeRedis: ['migrate', 'MIGRATE'], migration: { rule: 'same-shape-commands', parameters: 'snsnn' },
    differences: "Host, port, key, database and timeout in the same places, the same \"OK\" (or \"NOKEY\"); COPY / REPLACE / AUTH / KEYS (GLIDE's options and key array) are not migrated yet.",
  },
];
