/** HyperLogLog. */
import type { CommandEntry } from './types.js';

export const HYPERLOGLOG_COMMANDS: readonly CommandEntry[] = [
  {
    command: 'PFADD', family: 'hyperloglog', glide: 'pfadd', ioredis: ['pfadd'], nodeRedis: ['pfAdd', 'PFADD'],
    migration: { rule: 'boolean-reply-to-integer', parameters: 's', takes: 'member-list' },
    differences: 'GLIDE takes the elements as one array, and answers true / false where both source clients answer 1 / 0.',
  },
  {
    command: 'PFCOUNT', family: 'hyperloglog', glide: 'pfcount', ioredis: ['pfcount'], nodeRedis: ['pfCount', 'PFCOUNT'], migration: { rule: 'variadic-arguments-to-array', leading: 0 },
    differences: 'GLIDE takes the keys as one array.',
  },
  {
    command: 'PFMERGE', family: 'hyperloglog', glide: 'pfmerge', ioredis: ['pfmerge'], nodeRedis: ['pfMerge', 'PFMERGE'], migration: { rule: 'variadic-arguments-to-array', leading: 1 },
    differences: 'GLIDE takes the source keys as one array after the destination.',
  },
];
