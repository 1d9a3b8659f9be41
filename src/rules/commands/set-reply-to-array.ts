/**
 * `smembers`, `sinter`, `sunion` and `sdiff` answer an array in ioredis and node-redis but a JavaScript `Set` in
 * GLIDE, which `JSON.stringify` prints as `{}` and which has no `length`, `map` or index access. Where the reply
 * is read it becomes `Array.from(...)`, which keeps the order the server sent (the order ioredis shows). The
 * multi-key commands take their keys as the one array GLIDE expects (`sinter('a', 'b')` → `sinter(['a', 'b'])`).
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, type ArgumentKind, asGlideString, listOf } from '../support/arguments.js';
import { SET_TO_ARRAY } from '../support/set-to-array.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

interface SetCommand {
  readonly glide: string;
  /** `smembers` takes one key; the others take an array of keys. */
  readonly keys: 'one' | 'list';
  readonly sources: Readonly<Record<SourceLibrary, string>>;
}

const COMMANDS: readonly SetCommand[] = [
  { glide: 'smembers', keys: 'one', sources: { ioredis: 'smembers', 'node-redis': 'sMembers' } },
  { glide: 'sinter', keys: 'list', sources: { ioredis: 'sinter', 'node-redis': 'sInter' } },
  { glide: 'sunion', keys: 'list', sources: { ioredis: 'sunion', 'node-redis': 'sUnion' } },
  { glide: 'sdiff', keys: 'list', sources: { ioredis: 'sdiff', 'node-redis': 'sDiff' } },
];

function glideArguments(call: ClientCall, context: RuleContext, spec: SetCommand): ArgumentKind[] | undefined {
  const paths = argumentPaths(call.path);
  if (spec.keys === 'list') return paths.length > 0 ? [listOf(context.j, paths, context.typeScript)] : undefined;
  if (paths.length !== 1 || !hasOnlyPositionalArguments(call)) return undefined;
  return [asGlideString(context.j, paths[0], context.typeScript)];
}

function apply(call: ClientCall, context: RuleContext): void {
  const spec = COMMANDS.find((command) => command.sources[call.binding.library] === call.method);
  if (!spec) return;
  const args = glideArguments(call, context, spec);
  if (!args) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  setMethod(call, context, spec.glide);
  setArguments(call, args);
  context.convertReply(call, SET_TO_ARRAY, { typeScript: 'string[]' });
  context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}(), its Set read back as an array`);
}

export const setReplyToArray = defineCallRule({
  id: 'set-reply-to-array',
  phase: 'commands',
  summary: 'Set replies are JavaScript Sets in GLIDE: they are read back as arrays in the server’s order',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: {
    ioredis: COMMANDS.map((command) => command.sources.ioredis),
    'node-redis': COMMANDS.map((command) => command.sources['node-redis']),
  },
  apply,
});
