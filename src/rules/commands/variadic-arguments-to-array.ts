/**
 * Multi-key and multi-member commands take one array in GLIDE: `del('a', 'b')` → `del(['a', 'b'])`,
 * `sadd(k, 'x', 'y')` → `sadd(k, ['x', 'y'])`. A lone string is always wrapped in an array: passed as is, GLIDE
 * iterates it and `del('abc')` deletes the keys `a`, `b` and `c`. Arrays (ioredis' nested form, node-redis'
 * array form) are kept, and expressions of unknown shape are flattened at run time, as ioredis does. node-redis
 * reads only its first list argument (`sAdd('s', 'a', 'b')` adds `a` alone): further arguments are dropped, with a
 * TODO, so the migrated program stores what the original stored.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { isSideEffectFree } from '../support/side-effect-free.js';
import { setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('variadic-arguments-to-array');

/** node-redis (v4 and later) takes one key or array argument for the list and silently ignores any further ones. */
function nodeRedisIgnoresExtras(call: ClientCall): boolean {
  return call.binding.library === 'node-redis';
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const spec = { glide: entry.glide, ...entry.migration };
  const paths = argumentPaths(call.path);
  const leading = paths.slice(0, spec.leading);
  if (leading.length < spec.leading || leading.some((path) => path.node.type === 'SpreadElement') || paths.length === spec.leading) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  const values = nodeRedisIgnoresExtras(call) ? paths.slice(spec.leading, spec.leading + 1) : paths.slice(spec.leading);
  const ignored = paths.slice(spec.leading + values.length);
  if (ignored.length > 0) {
    if (!ignored.every((path) => isSideEffectFree(path.node))) {
      context.flag(call.path, `node-redis' ${call.method}() ignores the arguments after its first list, and these have side effects; migrate it by hand`);
      return;
    }
    context.note(call.path, `node-redis' ${call.method}() ignored every argument after its first list; the migrated call drops them as well. Pass one array if all were meant`);
  }
  const list = listOf(context.j, values, context.typeScript);
  setMethod(call, context, spec.glide);
  setArguments(call, [...leading.map((path) => asGlideString(context.j, path, context.typeScript)), list]);
  context.convertReply(call, undefined, { typeScript: spec.replyType });
  context.recordEdit(call.path.node, `${call.method}(...) → ${spec.glide}(${spec.leading ? 'key, ' : ''}[...])`);
}

export const variadicArgumentsToArray = defineCallRule({
  id: 'variadic-arguments-to-array',
  phase: 'commands',
  summary: 'Multi-key and multi-member arguments become the one array GLIDE takes; a lone string is never split',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('variadic-arguments-to-array'),
  apply,
});
