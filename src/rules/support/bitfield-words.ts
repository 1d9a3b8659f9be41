/**
 * The words of a BITFIELD subcommand that GLIDE turns into objects: the encoding (`'u8'`, `'i5'`) becomes
 * `new UnsignedEncoding(8)` / `new SignedEncoding(5)`, the offset (`0`, `'100'`, or `'#1'`, which the server
 * multiplies by the encoding's width) `new BitOffset(n)` / `new BitOffsetMultiplier(n)`. Only literals are read:
 * a word computed at run time may hold either form, and the rule flags the call instead of guessing. The server
 * reads the encoding's `i` / `u` in lower case only and refuses `u64` and widths over 64, so those are not read
 * either (the source call fails, a rewrite would not).
 */
import { literalValue } from '../../ast/literal-value.js';

export interface BitFieldEncoding {
  readonly signed: boolean;
  readonly bits: number;
}

export interface BitFieldOffset {
  readonly multiplied: boolean;
  readonly offset: number;
}

export function readBitFieldEncoding(node: unknown): BitFieldEncoding | undefined {
  const value = literalValue(node);
  const match = typeof value === 'string' ? /^([iu])([1-9]\d?)$/.exec(value) : null;
  if (!match) return undefined;
  const [signed, bits] = [match[1] === 'i', Number(match[2])];
  return bits <= (signed ? 64 : 63) ? { signed, bits } : undefined;
}

export function readBitFieldOffset(node: unknown): BitFieldOffset | undefined {
  const value = literalValue(node);
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? { multiplied: false, offset: value } : undefined;
  const match = typeof value === 'string' ? /^(#?)(0|[1-9]\d{0,14})$/.exec(value) : null;
  return match ? { multiplied: match[1] === '#', offset: Number(match[2]) } : undefined;
}
