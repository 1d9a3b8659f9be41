/**
 * The value of a literal written in the source (`'EX'`, `100`, `-5`, `true`, `null`, a template without
 * holes), for rules whose rewrite depends on option tokens and flags. Anything else is `undefined`: its value
 * is only known at run time, and a rule must not guess it. JavaScript files parse literals as ESTree `Literal`
 * nodes, TypeScript files as Babel's `StringLiteral`, `NumericLiteral`, ...: both are read.
 */
import type { NodeLike } from './node.js';
export type LiteralValue = string | number | boolean | null;

export function literalValue(node: unknown): LiteralValue | undefined {
  const literal = node as NodeLike;
  switch (literal.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return literal.value as LiteralValue;
    case 'NullLiteral':
      return null;
    case 'Literal': {
      const value = literal.value;
      return value === null || ['string', 'number', 'boolean'].includes(typeof value) ? (value as LiteralValue) : undefined;
    }
    case 'TemplateLiteral': {
      const quasis = literal.quasis as readonly { value: { cooked?: string | null } }[];
      const holes = literal.expressions as readonly unknown[];
      return holes.length === 0 && quasis.length === 1 ? (quasis[0].value.cooked ?? undefined) : undefined;
    }
    case 'UnaryExpression': {
      const operand = literalValue(literal.argument);
      return literal.operator === '-' && typeof operand === 'number' ? -operand : undefined;
    }
    default:
      return undefined;
  }
}
