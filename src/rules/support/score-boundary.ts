/**
 * A score bound (ZCOUNT, ZRANGEBYSCORE, ZRANGE ... BYSCORE) as GLIDE's `Boundary<number>`. ioredis and node-redis
 * send the bound as written: a number, `'(5'` for an exclusive bound, `'-inf'` / `'+inf'` (node-redis sends
 * `Infinity` as `+inf`). GLIDE takes `{ value: 5 }`, `{ value: 5, isInclusive: false }` or
 * `InfBoundary.NegativeInfinity` / `PositiveInfinity`. Literals are translated where they are written, and
 * `'(' + x` or `` `(${x}` `` become an exclusive bound on `x`. A bound known only at run time becomes
 * `{ value: x }`: GLIDE sends `String(x)` as the bound, so a run-time string such as `'(5'` or `'-inf'` reaches
 * the server unchanged, as the source client sent it. In TypeScript GLIDE's types want a number there, so a bound
 * typed as a string cannot be written and the reading says why. Reading comes first and building second, so a
 * rule that reads two bounds imports `InfBoundary` only when it rewrites the call.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { glideEnumMember } from './glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { isNumberValued } from './number-valued.js';
import { literalValue } from '../../ast/literal-value.js';
import { shapeOfValue } from './value-shape.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

export interface ScoreBound {
  toGlide(context: RuleContext): ExpressionKind;
}

/** The server reads a bound with strtod: `inf`, `+inf`, `infinity`, in any case. */
const INFINITIES: ReadonlyMap<string, number> = new Map([
  ['inf', 1], ['+inf', 1], ['infinity', 1], ['+infinity', 1], ['-inf', -1], ['-infinity', -1],
]);

const infinite = (sign: number): ScoreBound => ({
  toGlide: (context) => glideEnumMember(context, 'InfBoundary', sign > 0 ? 'PositiveInfinity' : 'NegativeInfinity'),
});

/** `{ value }`, or `{ value, isInclusive: false }`; `value` builds the number's expression. */
const valued = (value: (context: RuleContext) => ExpressionKind, inclusive: boolean): ScoreBound => ({
  toGlide: (context) => {
    const exclusive: [string, ExpressionKind][] = inclusive ? [] : [['isInclusive', context.j.booleanLiteral(false)]];
    return inlineObject(context.j, [['value', value(context)], ...exclusive]);
  },
});

/** A bound written as a string literal: `'5'`, `'(5'`, `'-inf'`, `'(+inf'` (which excludes a score of +inf). */
function boundOfText(text: string): ScoreBound | string {
  const inclusive = !text.startsWith('(');
  const rest = inclusive ? text : text.slice(1);
  const sign = INFINITIES.get(rest.toLowerCase());
  if (sign !== undefined && inclusive) return infinite(sign);
  if (sign !== undefined) {
    return valued(({ j }) => (sign > 0 ? j.identifier('Infinity') : j.unaryExpression('-', j.identifier('Infinity'))), false);
  }
  const number = Number(rest);
  if (rest.trim() !== rest || rest === '' || !Number.isFinite(number)) return `the bound '${text}', which the codemod does not read as a score (a number, '(' and a number, or ±inf)`;
  return valued(({ j }) => j.numericLiteral(number), inclusive);
}

/** 1 for `Infinity`, -1 for `-Infinity`, 0 otherwise. */
function infinitySign(node: NodeLike): number {
  const negated = node.type === 'UnaryExpression' && node.operator === '-';
  const name = negated ? (node.argument as NodeLike) : node;
  return name.type === 'Identifier' && name.name === 'Infinity' ? (negated ? -1 : 1) : 0;
}

/** `'(' + x` and `` `(${x}` ``: the path of `x`. */
function exclusiveOperand(path: ASTPath): ASTPath | undefined {
  const node = nodeOf(path);
  if (node.type === 'BinaryExpression' && node.operator === '+' && literalValue(node.left) === '(') return path.get('right') as ASTPath;
  const quasis = node.type === 'TemplateLiteral' ? (node.quasis as readonly { value: { cooked?: string } }[]) : [];
  const [open, close] = quasis.map((quasi) => quasi.value.cooked);
  return quasis.length === 2 && open === '(' && close === '' ? (path.get('expressions', 0) as ASTPath) : undefined;
}

/** The bound at `path`, or why GLIDE's `Boundary<number>` cannot express it. */
export function readScoreBound(path: ASTPath, typeScript: boolean): ScoreBound | string {
  const node = nodeOf(path);
  const literal = literalValue(node);
  if (typeof literal === 'string') return boundOfText(literal);
  const sign = infinitySign(node);
  if (sign !== 0) return infinite(sign);
  const operand = exclusiveOperand(path);
  const value = operand ?? path;
  if (typeScript && !isNumberValued(value) && shapeOfValue(value) === 'string') {
    return 'a bound held in a string, where GLIDE’s types want a number: write it as { value, isInclusive } or InfBoundary';
  }
  return valued(() => value.node as unknown as ExpressionKind, operand === undefined);
}
