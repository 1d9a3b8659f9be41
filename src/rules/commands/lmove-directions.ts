/**
 * ioredis `lmove(source, destination, 'LEFT', 'RIGHT')` and node-redis `lMove` pass the two sides as keywords,
 * which the server reads in any case; GLIDE's `lmove` takes `ListDirection` members, which TypeScript requires
 * by name. The reply (the moved element, or `null` when the source is empty) is the same in all three
 * clients. BLMOVE (`blmove` / `blMove`) takes the same arguments and then a timeout in seconds, which GLIDE
 * takes as a number; it answers `null` when the wait timed out, in all three clients. The migrated client keeps
 * the source client's command timeout, so the block is not cut short. A side computed at run time is flagged.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('lmove-directions');
const SIDES: ReadonlySet<string> = new Set(['LEFT', 'RIGHT']);

/**
 * What each source client's typings promise (ioredis leaves out the `null` of an empty source for LMOVE, not for
 * BLMOVE's timed-out wait).
 */
function replyTypeOf(library: SourceLibrary, glide: string): string {
  return library === 'ioredis' && glide === 'lmove' ? 'string' : 'string | null';
}

/** The two sides as ListDirection member names, when both are written as literals. */
function sidesOf(call: ClientCall): readonly [string, string] | undefined {
  const [from, to] = argumentPaths(call.path)
    .slice(2)
    .map((path) => literalToken(path.node) ?? '');
  return from && to && SIDES.has(from) && SIDES.has(to) ? [from, to] : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const blocking = entry.glide === 'blmove';
  const sides = sidesOf(call);
  if (!sides || !hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== (blocking ? 5 : 4)) {
    context.flag(call.path, cannotMap(call, entry.glide, 'sides or arguments'));
    return;
  }
  const [source, destination] = coercePositional(call, context, 'ss');
  const [from, to] = sides.map((side) => glideEnumMember(context, 'ListDirection', side));
  const timeout = blocking ? [asGlideNumber(context.j, argumentPaths(call.path)[4], context.typeScript)] : [];
  setMethod(call, context, entry.glide);
  setArguments(call, [source, destination, from, to, ...timeout]);
  context.convertReply(call, undefined, { typeScript: replyTypeOf(call.binding.library, entry.glide) });
  context.recordEdit(call.path.node, `${call.method}(source, destination, '${sides[0]}', '${sides[1]}'${blocking ? ', timeout' : ''}) → ${entry.glide}(..., ListDirection.${sides[0]}, ListDirection.${sides[1]}${blocking ? ', timeout' : ''})`);
}

export const lmoveDirections = defineCallRule({
  id: 'lmove-directions',
  phase: 'commands',
  summary: 'The LEFT / RIGHT keywords of LMOVE and BLMOVE become GLIDE’s ListDirection members',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('lmove-directions'),
  apply,
});
