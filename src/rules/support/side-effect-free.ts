/**
 * Whether evaluating an expression has no side effect the program could observe: literals, names, property
 * reads, templates and operators over such. A rule that reorders arguments (SETEX's `ttl, value` becomes
 * GLIDE's `value, { expiry: ttl }`) may only do so when at most one of them has side effects, or the program
 * would run them in a different order.
 */
import type { NodeLike } from '../../ast/node.js';
const LITERALS = new Set(['Literal', 'StringLiteral', 'NumericLiteral', 'BooleanLiteral', 'NullLiteral', 'BigIntLiteral', 'Identifier', 'ThisExpression']);
const WRAPPERS = new Set(['ParenthesizedExpression', 'TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);

export function isSideEffectFree(value: unknown): boolean {
  const node = value as NodeLike;
  if (LITERALS.has(node.type)) return true;
  if (WRAPPERS.has(node.type)) return isSideEffectFree(node.expression);
  switch (node.type) {
    case 'TemplateLiteral':
      return (node.expressions as readonly unknown[]).every(isSideEffectFree);
    case 'MemberExpression':
      return isSideEffectFree(node.object) && (!node.computed || isSideEffectFree(node.property));
    case 'BinaryExpression':
    case 'LogicalExpression':
      return isSideEffectFree(node.left) && isSideEffectFree(node.right);
    case 'UnaryExpression':
      return node.operator !== 'delete' && isSideEffectFree(node.argument);
    case 'ConditionalExpression':
      return isSideEffectFree(node.test) && isSideEffectFree(node.consequent) && isSideEffectFree(node.alternate);
    default:
      return false;
  }
}
