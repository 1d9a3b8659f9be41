/** Transactions: the keys a MULTI / EXEC is made conditional on. The batch itself is the batch-results rule's. */
import type { CommandEntry } from './types.js';

export const TRANSACTION_COMMANDS: readonly CommandEntry[] = [
  {
    command: 'WATCH', family: 'transactions', glide: 'watch', ioredis: ['watch'], nodeRedis: [], migration: { rule: 'variadic-arguments-to-array', leading: 0 },
    differences:
      "GLIDE takes the keys as one array. A transaction a WATCH aborted answers null in ioredis and GLIDE alike; node-redis rejects with a WatchError instead, so its WATCH is not migrated. GLIDE's one multiplexed connection keeps WATCH state as ioredis' one connection does: commands other code sends on the same client between WATCH and EXEC run inside the watched window in both.",
  },
  {
    command: 'UNWATCH', family: 'transactions', glide: 'unwatch', ioredis: ['unwatch'], nodeRedis: ['unwatch', 'UNWATCH'], migration: { rule: 'same-shape-commands', parameters: '' },
  },
];
