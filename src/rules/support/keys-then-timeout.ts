/**
 * The arguments of the blocking pops that take keys, then a timeout in seconds (BLPOP, BRPOP, BZPOPMIN, BZPOPMAX).
 * ioredis takes the keys as varargs or arrays (`bzpopmin('a', 'b', 5)`), node-redis one key or an array
 * (`bzPopMin(['a', 'b'], 5)`), GLIDE one array (`bzpopmin(['a', 'b'], 5)`); none of GLIDE's methods writes into
 * the array it gets. Flags the call and answers false when it passes anything else.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from '../commands/call-shape.js';
import { argumentPaths, listOf } from './arguments.js';
import { asGlideNumber } from './as-glide-number.js';
import { cannotMap } from './cannot-map.js';

export function rewriteKeysThenTimeout(call: ClientCall, context: RuleContext, glide: string): boolean {
  const paths = argumentPaths(call.path);
  const nodeRedis = call.binding.library === 'node-redis';
  if (!hasOnlyPositionalArguments(call) || paths.length < 2 || (nodeRedis && paths.length !== 2)) {
    context.flag(call.path, cannotMap(call, glide));
    return false;
  }
  const keys = paths.slice(0, -1);
  const timeout = paths[paths.length - 1];
  setMethod(call, context, glide);
  setArguments(call, [listOf(context.j, keys, context.typeScript), asGlideNumber(context.j, timeout, context.typeScript)]);
  return true;
}
