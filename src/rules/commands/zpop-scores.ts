/**
 * ZPOPMIN / ZPOPMAX answer members with their scores, in a different shape in each client. GLIDE's `zpopmin(k)`
 * and `zpopmin(k, { count })` return `[{ element, score }]` (`[]` for a missing key). ioredis' `zpopmin(k [, count])`
 * returned the server's flat array with the scores as text (`["a", "1"]`, `[]`); node-redis' `zPopMin(k)` returns
 * one `{ value, score }` or `null`, and `zPopMinCount(k, n)` an array of them. Where the reply is read it is
 * rebuilt in the source's shape, an infinite score written `inf` as ioredis showed it.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineObject } from '../../ast/inline-object.js';
import { withScoresReply } from '../support/with-scores-reply.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

interface PopCommand {
  readonly glide: 'zpopmin' | 'zpopmax';
  readonly ioredis: string;
  readonly nodeRedis: readonly [single: string, counted: string];
}

const COMMANDS: readonly PopCommand[] = [
  { glide: 'zpopmin', ioredis: 'zpopmin', nodeRedis: ['zPopMin', 'zPopMinCount'] },
  { glide: 'zpopmax', ioredis: 'zpopmax', nodeRedis: ['zPopMax', 'zPopMaxCount'] },
];

/** node-redis' single pop: the first record as `{ value, score }`, or `null` when nothing was popped. */
const FIRST_OR_NULL: ReplyConversion = {
  singleUse: true,
  convert: (reply, context) =>
    new CodeTemplate().node(withScoresReply('node-redis').conversion.convert(reply, context)).text('[0] ?? null').toExpression(context.j),
};

function specFor(call: ClientCall): PopCommand | undefined {
  return COMMANDS.find((command) => (call.binding.library === 'ioredis' ? command.ioredis === call.method : command.nodeRedis.includes(call.method)));
}

/** How many arguments the source method takes: ioredis a key and an optional count, node-redis one each. */
function aritiesOf(call: ClientCall, spec: PopCommand): readonly number[] {
  if (call.binding.library === 'ioredis') return [1, 2];
  return call.method === spec.nodeRedis[0] ? [1] : [2];
}

function apply(call: ClientCall, context: RuleContext): void {
  const spec = specFor(call);
  if (!spec) return;
  const paths = argumentPaths(call.path);
  if (!hasOnlyPositionalArguments(call) || !aritiesOf(call, spec).includes(paths.length)) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  const [key, count] = paths;
  const options = count ? [inlineObject(context.j, [['count', asGlideNumber(context.j, count, context.typeScript)]])] : [];
  setMethod(call, context, spec.glide);
  setArguments(call, [asGlideString(context.j, key, context.typeScript), ...options]);
  const records = withScoresReply(call.binding.library);
  const single = call.method === spec.nodeRedis[0];
  context.convertReply(call, single ? FIRST_OR_NULL : records.conversion, {
    typeScript: single ? '{ value: string; score: number } | null' : records.typeScript,
  });
  context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}(${count ? 'key, { count }' : 'key'}), reply rebuilt in the ${call.binding.library} shape`);
}

export const zpopScores = defineCallRule({
  id: 'zpop-scores',
  phase: 'commands',
  summary: 'ZPOPMIN / ZPOPMAX: counts become { count } and GLIDE’s [{ element, score }] is rebuilt in the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: COMMANDS.map((command) => command.ioredis), 'node-redis': COMMANDS.flatMap((command) => command.nodeRedis) },
  apply,
});
