/**
 * `lpop`, `rpop`, `spop` and `srandmember` take an optional count in ioredis (`lpop(k, 2)`), and node-redis has
 * separate `*Count` methods (`lPopCount(k, 2)`); GLIDE has one method without a count and one with it
 * (`lpop(k)`, `lpopCount(k, 2)`). The replies match (a missing list gives `null` with or without a count, a
 * missing set `[]`), except that GLIDE's `spopCount` answers a JavaScript `Set`: where it is read it becomes
 * `Array.from(...)`, so an empty pop still prints `[]`.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { SET_TO_ARRAY } from '../support/set-to-array.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

interface PopCommand {
  readonly glide: string;
  readonly glideCount: string;
  /** The source clients' reply type with a count, for the TypeScript cast. */
  readonly countReply: string;
  readonly ioredis: string;
  readonly nodeRedis: readonly [withoutCount: string, withCount: string];
}

const COMMANDS: readonly PopCommand[] = [
  { glide: 'lpop', glideCount: 'lpopCount', countReply: 'string[] | null', ioredis: 'lpop', nodeRedis: ['lPop', 'lPopCount'] },
  { glide: 'rpop', glideCount: 'rpopCount', countReply: 'string[] | null', ioredis: 'rpop', nodeRedis: ['rPop', 'rPopCount'] },
  { glide: 'spop', glideCount: 'spopCount', countReply: 'string[]', ioredis: 'spop', nodeRedis: ['sPop', 'sPopCount'] },
  { glide: 'srandmember', glideCount: 'srandmemberCount', countReply: 'string[]', ioredis: 'srandmember', nodeRedis: ['sRandMember', 'sRandMemberCount'] },
];

function specFor(call: ClientCall): PopCommand | undefined {
  return COMMANDS.find((command) =>
    call.binding.library === 'ioredis' ? command.ioredis === call.method : command.nodeRedis.includes(call.method),
  );
}

/** Whether the source asks for a count: ioredis by a second argument, node-redis by the `*Count` method. */
function withCount(call: ClientCall, spec: PopCommand): boolean {
  return call.binding.library === 'ioredis' ? call.path.node.arguments.length === 2 : call.method === spec.nodeRedis[1];
}

function apply(call: ClientCall, context: RuleContext): void {
  const spec = specFor(call);
  if (!spec) return;
  const counted = withCount(call, spec);
  const expected = counted ? 2 : 1;
  if (!hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== expected) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  const glide = counted ? spec.glideCount : spec.glide;
  setMethod(call, context, glide);
  setArguments(call, coercePositional(call, context, 'sn'));
  const conversion = glide === 'spopCount' ? SET_TO_ARRAY : undefined;
  context.convertReply(call, conversion, { typeScript: counted ? spec.countReply : 'string | null' });
  context.recordEdit(call.path.node, `${call.method}() → ${glide}()${conversion ? ', its Set read back as an array' : ''}`);
}

export const popWithCount = defineCallRule({
  id: 'pop-with-count',
  phase: 'commands',
  summary: 'Pops and random members with a count use GLIDE’s *Count methods; spopCount’s Set is read back as an array',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: {
    ioredis: COMMANDS.map((command) => command.ioredis),
    'node-redis': COMMANDS.flatMap((command) => command.nodeRedis),
  },
  apply,
});
