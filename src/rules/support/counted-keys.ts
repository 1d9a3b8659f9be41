/**
 * ioredis passes the server's words for the commands that take a number of keys and then the keys
 * (`zinter(2, 'a', 'b', 'WITHSCORES')`, `zintercard`, `sintercard`, `zdiffstore(dest, 2, ...)`); GLIDE takes the
 * keys as one array and counts them itself. The count must be written out (a number or a numeric string) and be
 * followed by that many keys, each one value: an array (ioredis flattens it, so the count would cover its
 * elements) or one of the command's own words where a key should be means the call is not understood.
 */
import type { ASTPath } from 'jscodeshift';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { shapeOfValue } from './value-shape.js';

export interface CountedKeys {
  readonly keys: readonly ASTPath[];
  /** The arguments after the keys: the command's options, as words and values. */
  readonly rest: readonly ASTPath[];
}

export function readCountedKeys(paths: readonly ASTPath[], words: ReadonlySet<string>): CountedKeys | undefined {
  const [count, ...after] = paths;
  const written = count ? literalValue(count.node) : undefined;
  const n = typeof written === 'number' ? written : typeof written === 'string' && written.trim() !== '' ? Number(written) : NaN;
  if (!Number.isInteger(n) || n < 1 || after.length < n) return undefined;
  const keys = after.slice(0, n);
  const misplaced = (key: ASTPath) => shapeOfValue(key) === 'array' || words.has(literalToken(key.node) ?? '');
  return keys.some(misplaced) ? undefined : { keys, rest: after.slice(n) };
}
