/**
 * `FCALL` and `FCALL_RO`: GLIDE's `fcall(name, keys, args)` (`fcallReadonly` for FCALL_RO) takes the keys and the arguments as two arrays. ioredis'
 * `fcall(name, numKeys, ...keysAndArgs)` is split at its key count (a literal), its values turned into text as for
 * scripts (GLIDE's fcall stringifies numbers itself, checked against a server, but its TypeScript types want
 * strings, and ioredis sent `null` as `""` where GLIDE throws); node-redis' `fCall(name, { keys, arguments })` gives
 * its two lists (`fCallRo` alike). The reply is the function's, as in the source clients.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { ioredisScriptInputs, literalKeyCount } from '../support/script-arguments.js';
import { readNodeRedisScriptOptions } from '../support/node-redis-script-options.js';
import { setArguments, setMethod } from '../commands/call-shape.js';

function lists(call: ClientCall, context: RuleContext): [ExpressionKind, ExpressionKind] | string {
  const { j } = context;
  const [, second, ...rest] = argumentPaths(call.path);
  if (call.binding.library === 'ioredis') {
    const count = literalKeyCount(second);
    const inputs = count === undefined ? undefined : ioredisScriptInputs(j, rest, count);
    if (!inputs) return 'its key count is not a literal, or its keys and arguments are spread or held in an array, which ioredis flattens';
    return [j.arrayExpression([...inputs.keys]), j.arrayExpression([...inputs.args])];
  }
  const options = readNodeRedisScriptOptions(second);
  if (!options || rest.length > 0) return 'its options are not an object literal of keys and arguments';
  const list = (value: typeof options.keys) => (value ? (value.node as ExpressionKind) : j.arrayExpression([]));
  return [list(options.keys), list(options.args)];
}

function apply(call: ClientCall, context: RuleContext): void {
  const [name] = argumentPaths(call.path);
  const found = name && (name.node as { type: string }).type !== 'SpreadElement' ? lists(call, context) : 'it has no function name';
  if (typeof found === 'string') {
    context.flag(call.path, `${call.method}(...) cannot be migrated with certainty: ${found}; migrate it by hand`);
    return;
  }
  const glide = entryForCall(entriesMigratedBy('fcall-keys-and-arguments'), call.binding.library, call.method)?.glide ?? 'fcall';
  setMethod(call, context, glide);
  setArguments(call, [name.node as ExpressionKind, ...found]);
  context.recordEdit(call.path.node, `${call.method}(...) → ${glide}(name, keys, args)`);
}

export const fcallKeysAndArguments = defineCallRule({
  id: 'fcall-keys-and-arguments',
  phase: 'commands',
  summary: 'fcall(name, numKeys, ...keysAndArgs) and fCall(name, { keys, arguments }) become fcall(name, keys, args); fcall_ro / fCallRo become fcallReadonly',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('fcall-keys-and-arguments'),
  apply,
});
