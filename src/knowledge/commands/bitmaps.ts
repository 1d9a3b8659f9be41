/** Bitmaps. */
import type { CommandEntry } from './types.js';

export const BITMAP_COMMANDS: readonly CommandEntry[] = [
  { command: 'SETBIT', family: 'bitmaps', glide: 'setbit', ioredis: ['setbit'], nodeRedis: ['setBit', 'SETBIT'], migration: { rule: 'same-shape-commands', parameters: 'snn' } },
  { command: 'GETBIT', family: 'bitmaps', glide: 'getbit', ioredis: ['getbit'], nodeRedis: ['getBit', 'GETBIT'], migration: { rule: 'same-shape-commands', parameters: 'sn' } },
  {
    command: 'BITCOUNT', family: 'bitmaps', glide: 'bitcount', ioredis: ['bitcount'], nodeRedis: ['bitCount', 'BITCOUNT'], migration: { rule: 'same-shape-commands', parameters: 's' },
    differences: "A start and end become GLIDE's { start, end } option; that form is not migrated yet.",
  },
];
