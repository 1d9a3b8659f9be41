/**
 * GLIDE's expiry option, as `set` and `getex` take it: `{ type: TimeUnit.Seconds, count: 10 }` (`duration` for
 * getex). The source tokens EX, PX, EXAT and PXAT are the values of the TimeUnit members; the member is written
 * by name because TypeScript does not accept the plain string for the enum.
 *
 * The amount must be an integer number: GLIDE checks `Number.isInteger` before sending and throws for the
 * string "100", which ioredis and node-redis send on as text. A numeric string literal becomes its number, a
 * number-shaped expression is kept, anything else is wrapped in `Number(...)` so that a numeric string read at
 * run time still works. A non-integer still fails, in GLIDE client-side where the server replied an error before.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { glideEnumMember } from './glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalValue } from '../../ast/literal-value.js';
import { isNumberValued } from './number-valued.js';

const TIME_UNITS = { EX: 'Seconds', PX: 'Milliseconds', EXAT: 'UnixSeconds', PXAT: 'UnixMilliseconds' } as const;

export type ExpiryToken = keyof typeof TIME_UNITS;

export function isExpiryToken(text: string): text is ExpiryToken {
  return Object.hasOwn(TIME_UNITS, text);
}

function integerAmount(j: JSCodeshift, path: ASTPath): ExpressionKind {
  const node = path.node as unknown as ExpressionKind;
  if (isNumberValued(path)) return node;
  const value = literalValue(node);
  if (typeof value === 'string' && value.trim() !== '' && String(Number(value)) === value) return j.numericLiteral(Number(value));
  return j.callExpression(j.identifier('Number'), [node]);
}

/** `{ type: TimeUnit.<unit>, <field>: amount }`, importing TimeUnit from GLIDE. */
export function glideExpiry(context: RuleContext, token: ExpiryToken, amount: ASTPath, field: 'count' | 'duration'): ExpressionKind {
  return inlineObject(context.j, [
    ['type', glideEnumMember(context, 'TimeUnit', TIME_UNITS[token])],
    [field, integerAmount(context.j, amount)],
  ]);
}
