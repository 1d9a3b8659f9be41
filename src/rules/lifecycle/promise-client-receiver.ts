/**
 * A client created where `await` was not allowed (CommonJS module scope, a class field) is held as the promise
 * `GlideClient.createClient(...)` returns; each migrated call then awaits it: `redis.get(k)` →
 * `(await redis).get(k)`. Awaiting one settled promise keeps the calls in the order the program made them.
 * An arrow function whose whole body is the call (`.finally(() => redis.quit())`) already returned a promise,
 * so it becomes `async` and awaits too; any other call where `await` is not allowed is flagged. It runs before the command rules, which then
 * see `(await redis)` as the receiver and keep it; calls no rule migrates keep their receiver untouched.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { canAwaitAt } from '../../engine/analyse/await-context.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import { defineFileRule } from '../rule.js';
import { LISTENER_METHODS } from './event-listeners.js';

/** `() => redis.get(k)` returns the call's promise either way, so making the arrow async changes nothing. */
function makeArrowBodyAsync(callPath: ASTPath): boolean {
  const body = outerExpressionPath(callPath);
  const arrow = body.parent?.node as { type: string; body: unknown; async?: boolean } | undefined;
  if (arrow?.type !== 'ArrowFunctionExpression' || arrow.body !== body.node) return false;
  arrow.async = true;
  return true;
}

export const promiseClientReceiver = defineFileRule({
  id: 'promise-client-receiver',
  summary: 'Calls on a client held as a promise (CommonJS module scope, class fields) await it first',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { j, analysis } = context;
    for (const call of analysis.calls) {
      if (call.binding.shape !== 'promise' || !context.willBeMigrated(call)) continue;
      // Listeners are removed by their own rule wherever they stand; nothing is awaited for them.
      if (LISTENER_METHODS.includes(call.method)) continue;
      if (!canAwaitAt(call.path, analysis.moduleSystem) && !makeArrowBodyAsync(call.path)) {
        context.flag(call.path, `${call.binding.name} now holds a promise of the GLIDE client, and await is not allowed here; use \`${call.binding.name}.then((client) => ...)\``);
        continue;
      }
      const objectPath = call.path.get('callee', 'object') as ASTPath;
      objectPath.replace(j.awaitExpression(objectPath.node as ExpressionKind));
      context.recordEdit(call.path.node, `awaits the client promise ${call.binding.name}`);
    }
  },
});
