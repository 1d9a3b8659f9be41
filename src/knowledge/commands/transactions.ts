/** Transactions: the keys a MULTI / EXEC is made conditional on. The batch itself is the batch-results rule's. */
import type { CommandEntry } from './types.js';

export const TRANSACTION_COMMANDS: readonly CommandEntry[] = [
  {
    command: 'WATCH', family: 'transactions', glide: 'watch', ioredis: ['watch'], nodeRedis: ['watch', 'WATCH'], migration: { rule: 'variadic-arguments-to-array', leading: 0 },
    differences:
      "GLIDE takes the keys as one array. A transaction a WATCH aborted answers null in ioredis and GLIDE alike; node-redis rejects with a WatchError, which the migrated transaction rejects with again (a class the module declares, in place of node-redis' import of it). GLIDE's one multiplexed connection keeps WATCH state as ioredis' and node-redis 5's one connection do: commands other code sends on the same client between WATCH and EXEC run inside the watched window in all of them.",
  },
  {
    command: 'UNWATCH', family: 'transactions', glide: 'unwatch', ioredis: ['unwatch'], nodeRedis: ['unwatch', 'UNWATCH'], migration: { rule: 'same-shape-commands', parameters: '' },
  },
];
