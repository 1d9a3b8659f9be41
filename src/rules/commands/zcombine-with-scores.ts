/**
 * ZUNION, ZINTER and ZDIFF answer the members of the combined sorted sets, ordered by their combined scores, and
 * with WITHSCORES the scores too. ioredis takes the server's words (`zinter(2, 'a', 'b', 'WEIGHTS', 2, 1,
 * 'AGGREGATE', 'MAX', 'WITHSCORES')`) and answers the flat `[member, score, ...]` array with each score as the
 * server's text; node-redis takes keys (or `{ key, weight }` objects) and `{ AGGREGATE }`, and its `*WithScores`
 * methods answer `[{ value, score }]`. GLIDE takes the key (or `[key, weight]`) array: `zinter(keys)` answers the
 * members, `zinterWithScores(keys, { aggregationType })` `[{ element, score }]`, read back in the source's shape.
 * GLIDE's member-only methods take no weights or aggregation, which decide the members' order, so a call with
 * them without WITHSCORES becomes the `*WithScores` method and keeps the members: the same command on the wire,
 * plus WITHSCORES. The keys are read by `support/zset-keys.ts`, shared with ZUNIONSTORE / ZINTERSTORE.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { withScoresReply } from '../support/with-scores-reply.js';
import { aggregationOptions, readZKeys } from '../support/zset-keys.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zcombine-with-scores');

/** node-redis names its scored forms `zInterWithScores` and `ZINTER_WITHSCORES`. */
const NODE_REDIS_WITH_SCORES = /(WithScores|_WITHSCORES)$/;

/** The members of GLIDE's `[{ element, score }]`, where the source asked for members only. */
const MEMBERS: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(({ element }) => element)').toExpression(j),
};

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const library = call.binding.library;
  const accepted = { glide: entry.glide, weights: entry.migration.weights, withScores: library === 'ioredis' };
  const read = hasOnlyPositionalArguments(call) ? readZKeys(library, argumentPaths(call.path), context, accepted) : undefined;
  const namesScores = library === 'node-redis' && NODE_REDIS_WITH_SCORES.test(call.method);
  if (!read) {
    context.flag(call.path, cannotMap(call, namesScores ? `${entry.glide}WithScores` : entry.glide, 'keys, weights or options'));
    return;
  }
  const withScores = read.withScores || namesScores;
  const scored = withScores || read.weighted || read.aggregate !== undefined;
  const glide = scored ? `${entry.glide}WithScores` : entry.glide;
  setMethod(call, context, glide);
  setArguments(call, [read.keys, ...aggregationOptions(context, read)]);
  const scores = withScores ? withScoresReply(library) : undefined;
  context.convertReply(call, scores?.conversion ?? (scored ? MEMBERS : undefined), { typeScript: scores?.typeScript ?? 'string[]' });
  const rebuilt = withScores ? `, reply rebuilt in the ${library} shape` : scored ? ', members read from it' : '';
  context.recordEdit(call.path.node, `${call.method}(...) → ${glide}(keys${read.aggregate ? ', { aggregationType }' : ''})${rebuilt}`);
}

export const zcombineWithScores = defineCallRule({
  id: 'zcombine-with-scores',
  phase: 'commands',
  summary: 'ZUNION / ZINTER / ZDIFF keys, WEIGHTS and AGGREGATE become GLIDE’s key (or [key, weight]) array; WITHSCORES replies keep the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zcombine-with-scores'),
  apply,
});
