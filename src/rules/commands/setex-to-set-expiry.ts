/**
 * SETEX and PSETEX become GLIDE's `set` with an expiry: `setex(k, 60, v)` → `set(k, v, { expiry: { type:
 * TimeUnit.Seconds, count: 60 } })`, `psetex` with `TimeUnit.Milliseconds`. GLIDE has no setex method, and its
 * `set` takes the value second, where the source takes the TTL second. The reply is "OK" in all three. The
 * TTL must be an integer number in GLIDE (a numeric string is converted); a TTL of 0 or less is still a server
 * error, whose message now names `set` instead of `setex`. When both the TTL and the value have side effects
 * (calls, `await`), moving the value first would run them in the other order: such calls are flagged.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideExpiry, type ExpiryToken } from '../support/glide-expiry.js';
import { glideSetOptions } from '../../glide/set-options.js';
import { isSideEffectFree } from '../support/side-effect-free.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const UNITS: Readonly<Record<SourceLibrary, Readonly<Record<string, ExpiryToken>>>> = {
  ioredis: { setex: 'EX', psetex: 'PX' },
  'node-redis': { setEx: 'EX', pSetEx: 'PX' },
};

function problemWith(call: ClientCall): string | undefined {
  const [, ttl, value] = call.path.node.arguments;
  if (call.path.node.arguments.length !== 3 || !hasOnlyPositionalArguments(call)) return 'arguments other than (key, ttl, value)';
  if (!isSideEffectFree(ttl) && !isSideEffectFree(value)) return 'a TTL and a value that both have side effects (GLIDE takes the value first)';
  return undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const problem = problemWith(call);
  if (problem) {
    context.flag(call.path, `${call.method}() is called with ${problem}; migrate it to set(key, value, { expiry }) by hand`);
    return;
  }
  const [key, ttl, value] = argumentPaths(call.path);
  const expiry = glideExpiry(context, UNITS[call.binding.library][call.method], ttl, 'count');
  setMethod(call, context, 'set');
  setArguments(call, [asGlideString(j, key, typeScript), asGlideString(j, value, typeScript), glideSetOptions(j, { expiry })]);
  context.convertReply(call, undefined, { typeScript: "'OK'" });
  context.recordEdit(call.path.node, `${call.method}(key, ttl, value) → set(key, value, { expiry })`);
}

export const setexToSetExpiry = defineCallRule({
  id: 'setex-to-set-expiry',
  phase: 'commands',
  summary: 'SETEX and PSETEX become set() with an expiry option; the value moves before the TTL',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: Object.keys(UNITS.ioredis), 'node-redis': Object.keys(UNITS['node-redis']) },
  apply,
});
