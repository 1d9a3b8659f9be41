/** Lists. */
import type { CommandEntry } from './types.js';

const ELEMENTS_AS_ONE_ARRAY = 'GLIDE takes the elements as one array after the key.';
const COUNT_IS_ANOTHER_METHOD = "With a count GLIDE has a method of its own (lpopCount, rpopCount); node-redis' *Count methods map to it.";

export const LIST_COMMANDS: readonly CommandEntry[] = [
  { command: 'LLEN', family: 'lists', glide: 'llen', ioredis: ['llen'], nodeRedis: ['lLen', 'LLEN'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  { command: 'LINDEX', family: 'lists', glide: 'lindex', ioredis: ['lindex'], ioredisBuffer: ['lindexBuffer'], nodeRedis: ['lIndex', 'LINDEX'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 'sn', replyType: 'string | null' } },
  { command: 'LSET', family: 'lists', glide: 'lset', ioredis: ['lset'], nodeRedis: ['lSet', 'LSET'], migration: { rule: 'same-shape-commands', parameters: 'sns' } },
  { command: 'LREM', family: 'lists', glide: 'lrem', ioredis: ['lrem'], nodeRedis: ['lRem', 'LREM'], migration: { rule: 'same-shape-commands', parameters: 'sns' } },
  { command: 'LTRIM', family: 'lists', glide: 'ltrim', ioredis: ['ltrim'], nodeRedis: ['lTrim', 'LTRIM'], migration: { rule: 'same-shape-commands', parameters: 'snn' } },
  { command: 'LRANGE', family: 'lists', glide: 'lrange', ioredis: ['lrange'], ioredisBuffer: ['lrangeBuffer'], nodeRedis: ['lRange', 'LRANGE'], nodeRedisBuffers: 'call', migration: { rule: 'same-shape-commands', parameters: 'snn', replyType: 'string[]' } },
  { command: 'LPUSH', family: 'lists', glide: 'lpush', ioredis: ['lpush'], nodeRedis: ['lPush', 'LPUSH'], nodeRedisBuffers: 'client', migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: ELEMENTS_AS_ONE_ARRAY },
  { command: 'RPUSH', family: 'lists', glide: 'rpush', ioredis: ['rpush'], nodeRedis: ['rPush', 'RPUSH'], nodeRedisBuffers: 'client', migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: ELEMENTS_AS_ONE_ARRAY },
  { command: 'LPUSHX', family: 'lists', glide: 'lpushx', ioredis: ['lpushx'], nodeRedis: ['lPushX', 'LPUSHX'], migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: ELEMENTS_AS_ONE_ARRAY },
  { command: 'RPUSHX', family: 'lists', glide: 'rpushx', ioredis: ['rpushx'], nodeRedis: ['rPushX', 'RPUSHX'], migration: { rule: 'variadic-arguments-to-array', leading: 1 }, differences: ELEMENTS_AS_ONE_ARRAY },
  { command: 'LPOP', family: 'lists', glide: 'lpop', glideAlso: ['lpopCount'], ioredis: ['lpop'], nodeRedis: ['lPop', 'lPopCount'], nodeRedisBuffers: 'client', migration: { rule: 'pop-with-count' }, differences: COUNT_IS_ANOTHER_METHOD },
  { command: 'RPOP', family: 'lists', glide: 'rpop', glideAlso: ['rpopCount'], ioredis: ['rpop'], nodeRedis: ['rPop', 'rPopCount'], nodeRedisBuffers: 'client', migration: { rule: 'pop-with-count' }, differences: COUNT_IS_ANOTHER_METHOD },
  {
    command: 'BLPOP', family: 'lists', glide: 'blpop', ioredis: ['blpop'], nodeRedis: ['blPop', 'BLPOP'], migration: { rule: 'blocking-list-pops' },
    differences: "GLIDE takes the keys as one array before the timeout; node-redis' { key, element } reply is GLIDE's [key, element]. The migrated client keeps the source's (absent) command timeout, so the block is not cut at GLIDE's default 250 ms.",
  },
  {
    command: 'BRPOP', family: 'lists', glide: 'brpop', ioredis: ['brpop'], nodeRedis: ['brPop', 'BRPOP'], migration: { rule: 'blocking-list-pops' },
    differences: "GLIDE takes the keys as one array before the timeout; node-redis' { key, element } reply is GLIDE's [key, element]. The migrated client keeps the source's (absent) command timeout, so the block is not cut at GLIDE's default 250 ms.",
  },
  {
    command: 'LINSERT', family: 'lists', glide: 'linsert', ioredis: ['linsert'], nodeRedis: ['lInsert'], migration: { rule: 'linsert-position' },
    differences: "The BEFORE / AFTER token becomes GLIDE's InsertPosition enum.",
  },
  {
    command: 'LMPOP', family: 'lists', glide: 'lmpop', ioredis: ['lmpop'], nodeRedis: ['lmPop', 'LMPOP'], migration: { rule: 'lmpop-shape' },
    differences: "The key count and keys (ioredis) or keys (node-redis), LEFT / RIGHT and COUNT become GLIDE's key array, ListDirection and { count }; GLIDE's { key, elements } reply is read back as the source's [key, elements].",
  },
  {
    command: 'BLMPOP', family: 'lists', glide: 'blmpop', ioredis: ['blmpop'], nodeRedis: ['blmPop', 'BLMPOP'], migration: { rule: 'lmpop-shape' },
    differences: "As LMPOP, with the timeout in seconds moved from first to after the ListDirection; GLIDE's { key, elements } reply is read back as the source's [key, elements]. The migrated client keeps the source's (absent) command timeout, so the block is not cut short.",
  },
  {
    command: 'LMOVE', family: 'lists', glide: 'lmove', ioredis: ['lmove'], nodeRedis: ['lMove'], migration: { rule: 'lmove-directions' },
    differences: "The LEFT / RIGHT tokens become GLIDE's ListDirection enum.",
  },
  {
    command: 'BLMOVE', family: 'lists', glide: 'blmove', ioredis: ['blmove'], nodeRedis: ['blMove', 'BLMOVE'], migration: { rule: 'lmove-directions' },
    differences: "The LEFT / RIGHT tokens become GLIDE's ListDirection enum; the timeout in seconds is a number. The migrated client keeps the source's (absent) command timeout, so the block is not cut short.",
  },
  {
    command: 'LPOS', family: 'lists', glide: 'lpos', ioredis: ['lpos'], nodeRedis: ['lPos', 'lPosCount'], migration: { rule: 'lpos-options' },
    differences: "The RANK / COUNT / MAXLEN tokens (ioredis) or options (node-redis) become GLIDE's { rank, count, maxLength } options.",
  },
];
