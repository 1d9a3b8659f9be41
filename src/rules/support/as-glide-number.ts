/**
 * In TypeScript a string where GLIDE's types want a number (an option such as `count` or `rank`) becomes a
 * number: ioredis accepts `'2'` and sends it as text, GLIDE's option types declare `number` and send it as
 * text too. A numeric string literal becomes its number, another string-typed expression `Number(x)`.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { literalValue } from '../../ast/literal-value.js';
import { shapeOfValue } from './value-shape.js';

export function asGlideNumber(j: JSCodeshift, path: ASTPath, typeScript: boolean): ExpressionKind {
  const node = path.node as unknown as ExpressionKind;
  if (!typeScript || shapeOfValue(path) !== 'string') return node;
  const value = literalValue(node);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return j.numericLiteral(Number(value));
  return j.callExpression(j.identifier('Number'), [node]);
}
