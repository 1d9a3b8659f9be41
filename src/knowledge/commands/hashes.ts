/** Hashes. */
import type { CommandEntry } from './types.js';

const FLAG_AS_NUMBER = 'GLIDE answers true / false where both source clients answer 1 / 0.';

export const HASH_COMMANDS: readonly CommandEntry[] = [
  { command: 'HGET', family: 'hashes', glide: 'hget', ioredis: ['hget'], ioredisBuffer: ['hgetBuffer'], nodeRedis: ['hGet', 'HGET'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 'ss', replyType: 'string | null' } },
  { command: 'HINCRBY', family: 'hashes', glide: 'hincrBy', ioredis: ['hincrby'], nodeRedis: ['hIncrBy', 'HINCRBY'], migration: { rule: 'same-shape-commands', parameters: 'ssn' } },
  { command: 'HKEYS', family: 'hashes', glide: 'hkeys', ioredis: ['hkeys'], nodeRedis: ['hKeys', 'HKEYS'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'string[]' } },
  { command: 'HVALS', family: 'hashes', glide: 'hvals', ioredis: ['hvals'], ioredisBuffer: ['hvalsBuffer'], nodeRedis: ['hVals', 'HVALS'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 's', replyType: 'string[]' } },
  { command: 'HLEN', family: 'hashes', glide: 'hlen', ioredis: ['hlen'], nodeRedis: ['hLen', 'HLEN'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'HSTRLEN', family: 'hashes', glide: 'hstrlen', ioredis: ['hstrlen'], nodeRedis: ['hStrLen', 'HSTRLEN'], migration: { rule: 'same-shape-commands', parameters: 'ss' } },
  {
    command: 'HRANDFIELD', family: 'hashes', glide: 'hrandfield', glideAlso: ['hrandfieldCount', 'hrandfieldWithValues'], ioredis: ['hrandfield'],
    nodeRedis: ['hRandField', 'HRANDFIELD', 'hRandFieldCount', 'HRANDFIELD_COUNT', 'hRandFieldCountWithValues', 'HRANDFIELD_COUNT_WITHVALUES'], migration: { rule: 'hrandfield-count' },
    differences: "With a count GLIDE has hrandfieldCount, with WITHVALUES hrandfieldWithValues, whose [field, value] pairs are read back as ioredis' flat [field, value] list or node-redis' { field, value } objects.",
  },
  {
    command: 'HDEL', family: 'hashes', glide: 'hdel', ioredis: ['hdel'], nodeRedis: ['hDel', 'HDEL'], migration: { rule: 'variadic-arguments-to-array', leading: 1 },
    differences: 'GLIDE takes the fields as one array after the key.',
  },
  {
    command: 'HMGET', family: 'hashes', glide: 'hmget', ioredis: ['hmget'], nodeRedis: ['hmGet', 'HMGET'], nodeRedisBuffers: 'client', migration: { rule: 'variadic-arguments-to-array', leading: 1, replyType: '(string | null)[]' },
    differences: 'GLIDE takes the fields as one array after the key.',
  },
  { command: 'HEXISTS', family: 'hashes', glide: 'hexists', ioredis: ['hexists'], nodeRedis: ['hExists', 'HEXISTS'], migration: { rule: 'boolean-reply-to-integer', parameters: 'ss' }, differences: FLAG_AS_NUMBER },
  { command: 'HSETNX', family: 'hashes', glide: 'hsetnx', ioredis: ['hsetnx'], nodeRedis: ['hSetNX', 'HSETNX'], migration: { rule: 'boolean-reply-to-integer', parameters: 'sss' }, differences: FLAG_AS_NUMBER },
  {
    command: 'HSET', family: 'hashes', glide: 'hset', ioredis: ['hset'], nodeRedis: ['hSet'], nodeRedisBuffers: 'client', migration: { rule: 'hset-field-value-pairs' },
    differences: 'Field-value varargs, pairs or a Map become [{ field, value }] entries in their order; an object is passed as written.',
  },
  {
    command: 'HMSET', family: 'hashes', glide: 'hset', ioredis: ['hmset'], nodeRedis: [], migration: { rule: 'hset-field-value-pairs' },
    differences: "GLIDE has no HMSET: hset with one record, whose count reply is read back as ioredis' 'OK'.",
  },
  {
    command: 'HGETALL', family: 'hashes', glide: 'hgetall', ioredis: ['hgetall'], nodeRedis: ['hGetAll'], migration: { rule: 'hgetall-returns-object' },
    differences: 'GLIDE answers [{ field, value }] entries where both source clients answer an object.',
  },
  {
    command: 'HINCRBYFLOAT', family: 'hashes', glide: 'hincrByFloat', ioredis: ['hincrbyfloat'], nodeRedis: ['hIncrByFloat'], migration: { rule: 'float-reply-to-string' },
    differences: 'GLIDE answers a number where both source clients answer the string Redis sent.',
  },
  {
    command: 'HSCAN', family: 'hashes', glide: 'hscan', ioredis: ['hscan', 'hscanStream'], ioredisBuffer: ['hscanBuffer', 'hscanBufferStream'],
    nodeRedis: ['hScan', 'HSCAN', 'hScanNoValues', 'HSCAN_NOVALUES', 'hScanIterator', 'hScanValuesIterator', 'hScanNoValuesIterator'], migration: { rule: 'scan-cursors' },
    differences: "MATCH / COUNT / NOVALUES become GLIDE's { match, count, noValues }; GLIDE answers [cursor, [field, value, ...]] as ioredis does, rebuilt as node-redis' { cursor, entries: [{ field, value }] } (or { cursor, fields } without values); the iterators become loops over hscan, ioredis' hscanStream Readable.from that loop (node:stream), and hscanBufferStream the same loop with { decoder: Decoder.Bytes }, whose fields and values are the same Buffers; hscanBuffer becomes hscan with { decoder: Decoder.Bytes }, whose string cursor becomes Buffer.from(cursor) (ioredis answered a Buffer).",
  },
];
