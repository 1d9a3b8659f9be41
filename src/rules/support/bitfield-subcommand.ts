/**
 * One BITFIELD subcommand read from the source (ioredis' words or node-redis' `{ operation, ... }` object) and
 * written as GLIDE's object: `new BitFieldGet(encoding, offset)`, `new BitFieldSet(encoding, offset, value)`,
 * `new BitFieldIncrBy(encoding, offset, increment)`, `new BitFieldOverflow(BitOverflowControl.SAT)`. The classes
 * are imported from `@valkey/valkey-glide` as they are written.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { glideEnumMember } from './glide-enum.js';
import { isNumberValued } from './number-valued.js';
import { literalValue } from '../../ast/literal-value.js';
import type { BitFieldEncoding, BitFieldOffset } from './bitfield-words.js';

export type BitFieldSubcommand =
  | { readonly operation: 'GET'; readonly encoding: BitFieldEncoding; readonly offset: BitFieldOffset }
  | { readonly operation: 'SET' | 'INCRBY'; readonly encoding: BitFieldEncoding; readonly offset: BitFieldOffset; readonly value: ExpressionKind }
  | { readonly operation: 'OVERFLOW'; readonly control: 'WRAP' | 'SAT' | 'FAIL' };

export const OVERFLOW_CONTROLS: ReadonlySet<string> = new Set(['WRAP', 'SAT', 'FAIL']);

/**
 * A SET value or INCRBY increment as GLIDE's number. JavaScript passes it as written (GLIDE sends its text, as
 * the source clients did); TypeScript needs a number, so a numeric string literal becomes one when it converts
 * exactly, and a value typed otherwise than as a number is not read.
 */
export function readBitFieldValue(j: JSCodeshift, path: ASTPath, typeScript: boolean): ExpressionKind | undefined {
  const node = path.node as unknown as ExpressionKind;
  if (!typeScript) return node;
  const value = literalValue(node);
  if (typeof value === 'string') {
    const number = Number(value);
    return /^-?\d+$/.test(value) && Number.isSafeInteger(number) ? j.numericLiteral(number) : undefined;
  }
  return typeof value === 'number' || isNumberValued(path) ? node : undefined;
}

function construct(context: RuleContext, name: string, args: ExpressionKind[]): ExpressionKind {
  context.useGlideExport(name);
  return context.j.newExpression(context.j.identifier(name), args);
}

export function bitFieldSubcommandToGlide(context: RuleContext, subcommand: BitFieldSubcommand): ExpressionKind {
  const { j } = context;
  if (subcommand.operation === 'OVERFLOW') return construct(context, 'BitFieldOverflow', [glideEnumMember(context, 'BitOverflowControl', subcommand.control)]);
  const { encoding, offset } = subcommand;
  const glideEncoding = construct(context, encoding.signed ? 'SignedEncoding' : 'UnsignedEncoding', [j.numericLiteral(encoding.bits)]);
  const glideOffset = construct(context, offset.multiplied ? 'BitOffsetMultiplier' : 'BitOffset', [j.numericLiteral(offset.offset)]);
  if (subcommand.operation === 'GET') return construct(context, 'BitFieldGet', [glideEncoding, glideOffset]);
  return construct(context, subcommand.operation === 'SET' ? 'BitFieldSet' : 'BitFieldIncrBy', [glideEncoding, glideOffset, subcommand.value]);
}
