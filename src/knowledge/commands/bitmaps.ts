/** Bitmaps. */
import type { CommandEntry } from './types.js';

export const BITMAP_COMMANDS: readonly CommandEntry[] = [
  { command: 'SETBIT', family: 'bitmaps', glide: 'setbit', ioredis: ['setbit'], nodeRedis: ['setBit', 'SETBIT'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 'snn' } },
  { command: 'GETBIT', family: 'bitmaps', glide: 'getbit', ioredis: ['getbit'], nodeRedis: ['getBit', 'GETBIT'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 'sn' } },
  {
    command: 'BITCOUNT', family: 'bitmaps', glide: 'bitcount', ioredis: ['bitcount'], nodeRedis: ['bitCount', 'BITCOUNT'], nodeRedisBuffers: 'client', migration: { rule: 'bit-range-options' },
    differences: "A start, end and BYTE / BIT (positional in ioredis, node-redis' { start, end, mode }) become GLIDE's { start, end, indexType: BitmapIndexType.* } option; the same count.",
  },
  {
    command: 'BITPOS', family: 'bitmaps', glide: 'bitpos', ioredis: ['bitpos'], nodeRedis: ['bitPos', 'BITPOS'], nodeRedisBuffers: 'client', migration: { rule: 'bit-range-options' },
    differences: "The positional start, end and BYTE / BIT become GLIDE's { start, end, indexType: BitmapIndexType.* } option; the same position (or -1).",
  },
  {
    command: 'BITOP', family: 'bitmaps', glide: 'bitop', ioredis: ['bitop'], nodeRedis: ['bitOp', 'BITOP'], nodeRedisBuffers: 'client', migration: { rule: 'bitop-operation' },
    differences: "The operation word becomes GLIDE's BitwiseOperation member (AND, OR, XOR, NOT) and the source keys one array; the same length of the stored string.",
  },
  {
    command: 'BITFIELD', family: 'bitmaps', glide: 'bitfield', ioredis: ['bitfield'], nodeRedis: ['bitField', 'BITFIELD'], migration: { rule: 'bitfield-subcommands' },
    differences: "The GET / SET / INCRBY / OVERFLOW words (ioredis) or { operation, ... } objects (node-redis) become GLIDE's BitFieldGet, BitFieldSet, BitFieldIncrBy and BitFieldOverflow objects, encodings UnsignedEncoding / SignedEncoding, '#n' offsets BitOffsetMultiplier; the same numbers (null where OVERFLOW FAIL stopped an update).",
  },
  {
    command: 'BITFIELD_RO', family: 'bitmaps', glide: 'bitfieldReadOnly', ioredis: ['bitfield_ro'], nodeRedis: ['bitFieldRo', 'BITFIELD_RO'], migration: { rule: 'bitfield-subcommands' },
    differences: "The GET words (ioredis) or { encoding, offset } objects (node-redis) become GLIDE's bitfieldReadOnly with BitFieldGet objects; the same numbers.",
  },
];
