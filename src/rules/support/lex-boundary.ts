/**
 * A lexicographic bound (ZLEXCOUNT, ZREMRANGEBYLEX) as GLIDE's `Boundary<GlideString>`. ioredis and node-redis send
 * the server's spelling: `'[a'` (inclusive), `'(a'` (exclusive), `'-'` and `'+'` (the ends). GLIDE takes
 * `{ value: 'a' }`, `{ value: 'a', isInclusive: false }` and `InfBoundary.NegativeInfinity` / `PositiveInfinity`,
 * and writes the `[` / `(` itself. Literals are translated where they are written, and `'[' + x` / `'(' + x` (or
 * the template forms) become a bound on `x`; a bound known only at run time cannot be told apart and is refused
 * with the reason.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { glideEnumMember } from './glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalValue } from '../../ast/literal-value.js';
import { nodeOf } from '../../ast/node.js';

export interface LexBound {
  toGlide(context: RuleContext): ExpressionKind;
}

const end = (member: 'NegativeInfinity' | 'PositiveInfinity'): LexBound => ({ toGlide: (context) => glideEnumMember(context, 'InfBoundary', member) });

const valued = (value: (context: RuleContext) => ExpressionKind, inclusive: boolean): LexBound => ({
  toGlide: (context) => inlineObject(context.j, [['value', value(context)], ...(inclusive ? [] : [['isInclusive', context.j.booleanLiteral(false)] as [string, ExpressionKind]])]),
});

const OPENERS: Readonly<Record<string, boolean>> = { '[': true, '(': false };

/** `'[' + x`, `'(' + x`, `` `[${x}` ``: whether inclusive, and the path of `x`. */
function prefixed(path: ASTPath): { inclusive: boolean; operand: ASTPath } | undefined {
  const node = nodeOf(path);
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const opener = literalValue(node.left);
    if (typeof opener === 'string' && opener in OPENERS) return { inclusive: OPENERS[opener], operand: path.get('right') as ASTPath };
  }
  const quasis = node.type === 'TemplateLiteral' ? (node.quasis as readonly { value: { cooked?: string } }[]) : [];
  const [open, close] = quasis.map((quasi) => quasi.value.cooked);
  if (quasis.length === 2 && open !== undefined && open in OPENERS && close === '') return { inclusive: OPENERS[open], operand: path.get('expressions', 0) as ASTPath };
  return undefined;
}

/** The bound at `path`, or why GLIDE's `Boundary<GlideString>` cannot express it with certainty. */
export function readLexBound(path: ASTPath): LexBound | string {
  const literal = literalValue(nodeOf(path));
  if (typeof literal === 'string') {
    if (literal === '-') return end('NegativeInfinity');
    if (literal === '+') return end('PositiveInfinity');
    const opener = literal[0];
    if (opener !== undefined && opener in OPENERS) return valued(({ j }) => j.stringLiteral(literal.slice(1)), OPENERS[opener]);
    return `the bound '${literal}', which the server refuses (a lexicographic bound starts with '[' or '(', or is '-' or '+')`;
  }
  const written = prefixed(path);
  if (written) return valued(() => written.operand.node as unknown as ExpressionKind, written.inclusive);
  return "a bound known only at run time, where GLIDE must know whether it is '-', '+', '[...' or '(...'";
}
