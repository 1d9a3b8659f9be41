/**
 * ioredis `lmove(source, destination, 'LEFT', 'RIGHT')` and node-redis `lMove` pass the two sides as keywords,
 * which the server reads in any case; GLIDE's `lmove` takes `ListDirection` members, which TypeScript requires
 * by name. The reply (the moved element, or `null` when the source is empty) is the same in all three
 * clients. A side computed at run time is flagged.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../support/literal-token.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const SIDES: ReadonlySet<string> = new Set(['LEFT', 'RIGHT']);

/** What each source client's typings promise (ioredis leaves out the `null` of an empty source). */
const REPLY_TYPES: Readonly<Record<SourceLibrary, string>> = { ioredis: 'string', 'node-redis': 'string | null' };

/** The two sides as ListDirection member names, when both are written as literals. */
function sidesOf(call: ClientCall): readonly [string, string] | undefined {
  const [from, to] = argumentPaths(call.path)
    .slice(2)
    .map((path) => literalToken(path.node) ?? '');
  return from && to && SIDES.has(from) && SIDES.has(to) ? [from, to] : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const sides = sidesOf(call);
  if (!sides || !hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== 4) {
    context.flag(call.path, cannotMap(call, 'lmove', 'sides or arguments'));
    return;
  }
  const [source, destination] = coercePositional(call, context, 'ss');
  const [from, to] = sides.map((side) => glideEnumMember(context, 'ListDirection', side));
  setMethod(call, context, 'lmove');
  setArguments(call, [source, destination, from, to]);
  context.convertReply(call, undefined, { typeScript: REPLY_TYPES[call.binding.library] });
  context.recordEdit(call.path.node, `${call.method}(source, destination, '${sides[0]}', '${sides[1]}') → lmove(..., ListDirection.${sides[0]}, ListDirection.${sides[1]})`);
}

export const lmoveDirections = defineCallRule({
  id: 'lmove-directions',
  phase: 'commands',
  summary: 'The LEFT / RIGHT keywords of LMOVE become GLIDE’s ListDirection members',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['lmove'], 'node-redis': ['lMove'] },
  apply,
});
