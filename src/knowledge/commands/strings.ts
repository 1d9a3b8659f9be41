/** Strings: GET, SET and the counters. */
import type { CommandEntry } from './types.js';

const STRING_OR_NULL = 'string | null';

export const STRING_COMMANDS: readonly CommandEntry[] = [
  { command: 'GET', family: 'strings', glide: 'get', ioredis: ['get'], ioredisBuffer: ['getBuffer'], nodeRedis: ['get', 'GET'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 's', replyType: STRING_OR_NULL } },
  { command: 'INCR', family: 'strings', glide: 'incr', ioredis: ['incr'], nodeRedis: ['incr', 'INCR'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'INCRBY', family: 'strings', glide: 'incrBy', ioredis: ['incrby'], nodeRedis: ['incrBy', 'INCRBY'], migration: { rule: 'same-shape-commands', parameters: 'sn' } },
  { command: 'DECR', family: 'strings', glide: 'decr', ioredis: ['decr'], nodeRedis: ['decr', 'DECR'], migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'DECRBY', family: 'strings', glide: 'decrBy', ioredis: ['decrby'], nodeRedis: ['decrBy', 'DECRBY'], migration: { rule: 'same-shape-commands', parameters: 'sn' } },
  { command: 'APPEND', family: 'strings', glide: 'append', ioredis: ['append'], nodeRedis: ['append', 'APPEND'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 'ss' } },
  { command: 'STRLEN', family: 'strings', glide: 'strlen', ioredis: ['strlen'], nodeRedis: ['strLen', 'STRLEN'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'GETRANGE', family: 'strings', glide: 'getrange', ioredis: ['getrange'], ioredisBuffer: ['getrangeBuffer'], nodeRedis: ['getRange', 'GETRANGE'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 'snn', replyType: 'string' } },
  { command: 'SETRANGE', family: 'strings', glide: 'setrange', ioredis: ['setrange'], nodeRedis: ['setRange', 'SETRANGE'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 'sns' } },
  { command: 'GETDEL', family: 'strings', glide: 'getdel', ioredis: ['getdel'], ioredisBuffer: ['getdelBuffer'], nodeRedis: ['getDel', 'GETDEL'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 's', replyType: STRING_OR_NULL } },
  {
    command: 'MGET', family: 'strings', glide: 'mget', ioredis: ['mget'], nodeRedis: ['mGet', 'MGET'], nodeRedisBuffers: 'client',
    migration: { rule: 'variadic-arguments-to-array', leading: 0, replyType: '(string | null)[]' },
    differences: 'GLIDE takes the keys as one array.',
  },
  {
    command: 'SET', family: 'strings', glide: 'set', ioredis: ['set'], ioredisBuffer: ['setBuffer'], nodeRedis: ['set'], nodeRedisBuffers: 'client', nodeRedisBufferCast: "Buffer | 'OK' | null", migration: { rule: 'set-options' },
    differences: "The EX / PX / EXAT / PXAT / KEEPTTL / NX / XX / GET tokens (ioredis) or option object (node-redis) become GLIDE's { expiry, conditionalSet, returnOldValue } options.",
  },
  {
    command: 'SETEX', family: 'strings', glide: 'set', ioredis: ['setex'], nodeRedis: ['setEx'], migration: { rule: 'setex-to-set-expiry' },
    differences: "GLIDE has no SETEX: set(key, value, { expiry: { type: TimeUnit.Seconds, count } }).",
  },
  {
    command: 'PSETEX', family: 'strings', glide: 'set', ioredis: ['psetex'], nodeRedis: ['pSetEx'], migration: { rule: 'setex-to-set-expiry' },
    differences: "GLIDE has no PSETEX: set(key, value, { expiry: { type: TimeUnit.Milliseconds, count } }).",
  },
  {
    command: 'SETNX', family: 'strings', glide: 'set', ioredis: ['setnx'], nodeRedis: ['setNX'], migration: { rule: 'setnx-to-conditional-set' },
    differences: "GLIDE has no SETNX: set(key, value, { conditionalSet: 'onlyIfDoesNotExist' }), whose 'OK' / null reply is read back as 1 / 0.",
  },
  {
    command: 'GETSET', family: 'strings', glide: 'set', ioredis: ['getset'], nodeRedis: ['getSet'], migration: { rule: 'getset-to-set-return-old' },
    differences: 'GLIDE has no GETSET: set(key, value, { returnOldValue: true }).',
  },
  {
    command: 'GETEX', family: 'strings', glide: 'getex', ioredis: ['getex'], nodeRedis: ['getEx'], migration: { rule: 'getex-expiry-options' },
    differences: "The EX / PX / EXAT / PXAT / PERSIST tokens become GLIDE's { expiry } option.",
  },
  {
    command: 'MSET', family: 'strings', glide: 'mset', ioredis: ['mset'], nodeRedis: ['mSet'], migration: { rule: 'mset-key-value-pairs' },
    differences: 'Key-value varargs, pairs or a Map become the one argument GLIDE takes: [{ key, value }] entries in their order, or the object as written.',
  },
  {
    command: 'MSETNX', family: 'strings', glide: 'msetnx', ioredis: ['msetnx'], nodeRedis: ['mSetNX'], migration: { rule: 'mset-key-value-pairs' },
    differences: 'Key-value varargs become [{ key, value }] entries; the true / false reply is read back as 1 / 0.',
  },
  {
    command: 'LCS', family: 'strings', glide: 'lcs', glideAlso: ['lcsLen', 'lcsIdx'], ioredis: ['lcs'],
    nodeRedis: ['lcs', 'LCS', 'lcsLen', 'LCS_LEN', 'lcsIdx', 'LCS_IDX', 'lcsIdxWithMatchLen', 'LCS_IDX_WITHMATCHLEN'], migration: { rule: 'lcs-forms' },
    differences: "LEN becomes GLIDE's lcsLen, IDX lcsIdx with { minMatchLen, withMatchLen }; GLIDE answers IDX as node-redis' { matches, len }, read back as ioredis' flat ['matches', [...], 'len', n].",
  },
  {
    command: 'INCRBYFLOAT', family: 'strings', glide: 'incrByFloat', ioredis: ['incrbyfloat'], nodeRedis: ['incrByFloat'], migration: { rule: 'float-reply-to-string' },
    differences: 'GLIDE answers a number where both source clients answer the string Redis sent.',
  },
];
