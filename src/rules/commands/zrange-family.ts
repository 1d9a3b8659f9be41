/**
 * ZRANGE, ZREVRANGE, ZRANGEBYSCORE and ZREVRANGEBYSCORE become GLIDE's `zrange` / `zrangeWithScores` (ZRANGESTORE
 * its `zrangeStore(destination, key, range, reverse)`, which answers the same count) with one
 * range object: `{ start, end }` for ranks, `{ type: 'byScore', start, end, limit }` for scores, and
 * `{ reverse: true }` for the REV forms (the first end stays the highest, as on the wire). ioredis passes the
 * server's tokens and bounds as written (`'(1'`, `'+inf'`); node-redis an options object; GLIDE wants numbers for
 * ranks (it tells a rank range from a score range by `typeof start === 'number'`, so a start not known to be a
 * number is wrapped in `Number(...)`, where ioredis accepted `'0'`) and `Boundary` objects for scores.
 *
 * WITHSCORES answers differ: ioredis returned the server's flat array with each score as text
 * (`["a", "1.5", "b", "inf"]`), node-redis `[{ value, score }]`, GLIDE `[{ element, score }]`; where the reply is
 * read it is rebuilt in the source's shape. Member lists are the same in all three.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ASTPath } from 'jscodeshift';
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalValue } from '../../ast/literal-value.js';
import { isNumberValued } from '../support/number-valued.js';
import { readScoreBound } from '../support/score-boundary.js';
import { withScoresReply } from '../support/with-scores-reply.js';
import { readRangeArguments, type RangeArguments, type RangeMethod } from '../support/zrange-arguments.js';
import { setArguments, setMethod } from './call-shape.js';

const SCORE_TOKENS = ['LIMIT', 'WITHSCORES'];

const METHODS: Readonly<Record<SourceLibrary, Readonly<Record<string, RangeMethod>>>> = {
  ioredis: {
    zrange: { by: 'rank', reverse: false, withScores: false, options: ['BYSCORE', 'REV', ...SCORE_TOKENS] },
    zrevrange: { by: 'rank', reverse: true, withScores: false, options: ['WITHSCORES'] },
    zrangebyscore: { by: 'score', reverse: false, withScores: false, options: SCORE_TOKENS },
    zrevrangebyscore: { by: 'score', reverse: true, withScores: false, options: SCORE_TOKENS },
    zrangestore: { by: 'rank', reverse: false, withScores: false, options: ['BYSCORE', 'REV', 'LIMIT'], store: true },
  },
  'node-redis': {
    zRange: { by: 'rank', reverse: false, withScores: false, options: ['BY', 'REV', 'LIMIT'] },
    zRangeWithScores: { by: 'rank', reverse: false, withScores: true, options: ['BY', 'REV', 'LIMIT'] },
    zRangeByScore: { by: 'score', reverse: false, withScores: false, options: ['LIMIT'] },
    zRangeByScoreWithScores: { by: 'score', reverse: false, withScores: true, options: ['LIMIT'] },
    zRangeStore: { by: 'rank', reverse: false, withScores: false, options: ['BY', 'REV', 'LIMIT'], store: true },
    ZRANGESTORE: { by: 'rank', reverse: false, withScores: false, options: ['BY', 'REV', 'LIMIT'], store: true },
  },
};

/** A rank as GLIDE must get it: a number, so that GLIDE does not read the range as one by score. */
function glideRank(context: RuleContext, path: ASTPath): ExpressionKind {
  const node = path.node as unknown as ExpressionKind;
  const value = literalValue(node);
  if (isNumberValued(path)) return node;
  if (typeof value === 'string' && String(Number(value)) === value) return context.j.numericLiteral(Number(value));
  return context.j.callExpression(context.j.identifier('Number'), [node]);
}

/** GLIDE's range object, or why a score bound cannot be written as a `Boundary`. */
function glideRange(context: RuleContext, range: RangeArguments): ExpressionKind | string {
  const { j, typeScript } = context;
  if (range.by === 'rank') return inlineObject(j, [['start', glideRank(context, range.start)], ['end', asGlideNumber(j, range.end, typeScript)]]);
  const [start, end] = [readScoreBound(range.start, typeScript), readScoreBound(range.end, typeScript)];
  if (typeof start === 'string') return start;
  if (typeof end === 'string') return end;
  const limit: [string, ExpressionKind][] = range.limit
    ? [['limit', inlineObject(j, [['offset', asGlideNumber(j, range.limit.offset, typeScript)], ['count', asGlideNumber(j, range.limit.count, typeScript)]])]]
    : [];
  return inlineObject(j, [['type', j.stringLiteral('byScore')], ['start', start.toGlide(context)], ['end', end.toGlide(context)], ...limit]);
}

function flagUnmapped(call: ClientCall, context: RuleContext, reason: string): void {
  context.flag(call.path, `${call.method}() is called with ${reason}, which the codemod cannot map to GLIDE's zrange(); migrate it by hand`);
}

/** ZRANGESTORE: GLIDE's `zrangeStore(destination, source, query, reverse)`; the count stored is the same reply. */
function migrateStore(call: ClientCall, context: RuleContext, range: RangeArguments & { destination: ASTPath }, query: ExpressionKind): void {
  const { j, typeScript } = context;
  const reverse = range.reverse ? [j.booleanLiteral(true)] : [];
  setMethod(call, context, 'zrangeStore');
  setArguments(call, [asGlideString(j, range.destination, typeScript), asGlideString(j, range.key, typeScript), query, ...reverse]);
  const shape = range.by === 'rank' ? '{ start, end }' : "{ type: 'byScore', ... }";
  context.recordEdit(call.path.node, `${call.method}(...) → zrangeStore(destination, key, ${shape}${range.reverse ? ', true' : ''})`);
}

function apply(call: ClientCall, context: RuleContext): void {
  const method = METHODS[call.binding.library][call.method];
  if (!method) return;
  const range = readRangeArguments(call, method);
  if (typeof range === 'string') return flagUnmapped(call, context, range);
  const query = glideRange(context, range);
  if (typeof query === 'string') return flagUnmapped(call, context, query);
  if (range.destination) return migrateStore(call, context, { ...range, destination: range.destination }, query);
  const glide = range.withScores ? 'zrangeWithScores' : 'zrange';
  const reverse = range.reverse ? [inlineObject(context.j, [['reverse', context.j.booleanLiteral(true)]])] : [];
  setMethod(call, context, glide);
  setArguments(call, [asGlideString(context.j, range.key, context.typeScript), query, ...reverse]);
  const scores = range.withScores ? withScoresReply(call.binding.library) : undefined;
  context.convertReply(call, scores?.conversion, { typeScript: scores?.typeScript ?? 'string[]' });
  const shape = range.by === 'rank' ? '{ start, end }' : "{ type: 'byScore', ... }";
  const rebuilt = scores ? `, reply rebuilt in the ${call.binding.library} shape` : '';
  context.recordEdit(call.path.node, `${call.method}(...) → ${glide}(key, ${shape}${range.reverse ? ', { reverse: true }' : ''})${rebuilt}`);
}

export const zrangeFamily = defineCallRule({
  id: 'zrange-family',
  phase: 'commands',
  summary: 'ZRANGE / ZREVRANGE / ZRANGEBYSCORE / ZREVRANGEBYSCORE become GLIDE’s zrange with a range object; WITHSCORES replies keep the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: Object.keys(METHODS.ioredis), 'node-redis': Object.keys(METHODS['node-redis']) },
  apply,
});
