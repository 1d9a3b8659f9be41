/**
 * Whether an expression evaluates to a number, as far as the syntax shows: what `shapeOfValue` knows (literals,
 * `: number` names, arithmetic), negative literals, sums of numbers, and the `Math.*()` and `Date.now()` /
 * `Date.parse()` / `Date.UTC()` calls that TTLs and timestamps are usually computed with. Rules use it to leave
 * such expressions as they are where GLIDE wants a number, instead of wrapping them in `Number(...)`.
 */
import type { ASTPath } from 'jscodeshift';
import { literalValue } from '../../ast/literal-value.js';
import { shapeOfValue } from './value-shape.js';

export function isNumberValued(path: ASTPath): boolean {
  const node = path.node as unknown as { type: string; operator?: string; callee?: { type: string; object?: { type: string; name?: string } } };
  if (typeof literalValue(node) === 'number' || shapeOfValue(path) === 'number') return true;
  if (node.type === 'BinaryExpression' && node.operator === '+') return isNumberValued(path.get('left')) && isNumberValued(path.get('right'));
  const receiver = node.type === 'CallExpression' && node.callee?.type === 'MemberExpression' ? node.callee.object : undefined;
  return receiver?.type === 'Identifier' && (receiver.name === 'Math' || receiver.name === 'Date');
}
