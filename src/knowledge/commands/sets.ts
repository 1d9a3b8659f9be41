/** Sets. */
import type { CommandEntry } from './types.js';

const MEMBERS_AS_ONE_ARRAY = 'GLIDE takes the members as one array after the key.';
const KEYS_AS_ONE_ARRAY = 'GLIDE takes the source keys as one array after the destination.';
const SET_NOT_ARRAY = 'GLIDE answers a Set where both source clients answer an array.';
const FLAG_AS_NUMBER = 'GLIDE answers true / false where both source clients answer 1 / 0.';
const COUNT_IS_ANOTHER_METHOD = "With a count GLIDE has a method of its own (spopCount, srandmemberCount); node-redis' *Count methods map to it.";

export const SET_COMMANDS: readonly CommandEntry[] = [
  { command: 'SCARD', family: 'sets', glide: 'scard', ioredis: ['scard'], nodeRedis: ['sCard', 'SCARD'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'SADD', family: 'sets', glide: 'sadd', ioredis: ['sadd'], nodeRedis: ['sAdd', 'SADD'], nodeRedisBuffers: 'client', migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: MEMBERS_AS_ONE_ARRAY },
  { command: 'SREM', family: 'sets', glide: 'srem', ioredis: ['srem'], nodeRedis: ['sRem', 'SREM'], migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: MEMBERS_AS_ONE_ARRAY },
  { command: 'SINTERSTORE', family: 'sets', glide: 'sinterstore', ioredis: ['sinterstore'], nodeRedis: ['sInterStore', 'SINTERSTORE'], migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: KEYS_AS_ONE_ARRAY },
  { command: 'SUNIONSTORE', family: 'sets', glide: 'sunionstore', ioredis: ['sunionstore'], nodeRedis: ['sUnionStore', 'SUNIONSTORE'], migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: KEYS_AS_ONE_ARRAY },
  { command: 'SDIFFSTORE', family: 'sets', glide: 'sdiffstore', ioredis: ['sdiffstore'], nodeRedis: ['sDiffStore', 'SDIFFSTORE'], migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: KEYS_AS_ONE_ARRAY },
  {
    command: 'SINTERCARD', family: 'sets', glide: 'sintercard', ioredis: ['sintercard'], nodeRedis: ['sInterCard', 'SINTERCARD'], migration: { rule: 'key-count-to-array', leading: 0, limit: true },
    differences: "The key count and keys (ioredis) become GLIDE's array of keys; LIMIT becomes { limit }.",
  },
  { command: 'SISMEMBER', family: 'sets', glide: 'sismember', ioredis: ['sismember'], nodeRedis: ['sIsMember', 'SISMEMBER'], nodeRedisBuffers: 'client', migration: { rule: 'boolean-reply-to-integer', parameters: 'ss' }, differences: FLAG_AS_NUMBER },
  { command: 'SMOVE', family: 'sets', glide: 'smove', ioredis: ['smove'], nodeRedis: ['sMove', 'SMOVE'], migration: { rule: 'boolean-reply-to-integer', parameters: 'sss' }, differences: FLAG_AS_NUMBER },
  {
    command: 'SMISMEMBER', family: 'sets', glide: 'smismember', ioredis: ['smismember'], nodeRedis: ['smIsMember', 'SMISMEMBER'],
    migration: { rule: 'boolean-reply-to-integer', parameters: 's', takes: 'member-list', replies: 'each' },
    differences: `${MEMBERS_AS_ONE_ARRAY} ${FLAG_AS_NUMBER}`,
  },
  { command: 'SMEMBERS', family: 'sets', glide: 'smembers', ioredis: ['smembers'], nodeRedis: ['sMembers'], nodeRedisBuffers: 'client', migration: { rule: 'set-reply-to-array' }, differences: SET_NOT_ARRAY },
  { command: 'SINTER', family: 'sets', glide: 'sinter', ioredis: ['sinter'], nodeRedis: ['sInter'], migration: { rule: 'set-reply-to-array' }, differences: `GLIDE takes the keys as one array. ${SET_NOT_ARRAY}` },
  { command: 'SUNION', family: 'sets', glide: 'sunion', ioredis: ['sunion'], nodeRedis: ['sUnion'], migration: { rule: 'set-reply-to-array' }, differences: `GLIDE takes the keys as one array. ${SET_NOT_ARRAY}` },
  { command: 'SDIFF', family: 'sets', glide: 'sdiff', ioredis: ['sdiff'], nodeRedis: ['sDiff'], migration: { rule: 'set-reply-to-array' }, differences: `GLIDE takes the keys as one array. ${SET_NOT_ARRAY}` },
  { command: 'SPOP', family: 'sets', glide: 'spop', glideAlso: ['spopCount'], ioredis: ['spop'], nodeRedis: ['sPop', 'sPopCount'], migration: { rule: 'pop-with-count' }, differences: COUNT_IS_ANOTHER_METHOD },
  { command: 'SRANDMEMBER', family: 'sets', glide: 'srandmember', glideAlso: ['srandmemberCount'], ioredis: ['srandmember'], nodeRedis: ['sRandMember', 'sRandMemberCount'], migration: { rule: 'pop-with-count' }, differences: COUNT_IS_ANOTHER_METHOD },
  {
    command: 'SSCAN', family: 'sets', glide: 'sscan', ioredis: ['sscan', 'sscanStream'], ioredisBuffer: ['sscanBuffer', 'sscanBufferStream'], nodeRedis: ['sScan', 'SSCAN', 'sScanIterator'], migration: { rule: 'scan-cursors' },
    differences: "MATCH / COUNT become GLIDE's { match, count }; GLIDE answers [cursor, members] as ioredis does, rebuilt as node-redis' { cursor, members }; sScanIterator becomes a loop over sscan, ioredis' sscanStream Readable.from that loop (node:stream), and sscanBufferStream the same loop with { decoder: Decoder.Bytes }, whose members are the same Buffers; sscanBuffer becomes sscan with { decoder: Decoder.Bytes }, whose cursor and members are Buffers as ioredis answered them.",
  },
];
