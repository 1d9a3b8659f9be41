/**
 * A client created where `await` was not allowed (CommonJS module scope, a class field) is held as the promise
 * `GlideClient.createClient(...)` returns; each migrated call then awaits it: `redis.get(k)` →
 * `(await redis).get(k)`. Awaiting one settled promise keeps the calls in the order the program made them.
 * A call outside any async function cannot await and is flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { canAwaitAt } from '../../engine/analyse/await-context.js';
import { defineFileRule } from '../rule.js';

/** The call node is still in the tree (a rule may have replaced it, e.g. `connect()` by its receiver). */
function isAttached(path: ASTPath): boolean {
  for (let current = path; current.parent; current = current.parent) {
    const parentValue = current.parent.node as unknown as Record<string, unknown>;
    const holds = Object.values(parentValue).some(
      (value) => value === current.node || (Array.isArray(value) && value.includes(current.node)),
    );
    if (!holds) return false;
  }
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
      if (call.binding.shape !== 'promise' || !context.isMigrated(call) || !isAttached(call.path)) continue;
      if (!canAwaitAt(call.path, analysis.moduleSystem)) {
        context.flag(call.path, `${call.binding.name} now holds a promise of the GLIDE client, and await is not allowed here; use \`${call.binding.name}.then((client) => ...)\``);
        continue;
      }
      const objectPath = call.path.get('callee', 'object') as ASTPath;
      objectPath.replace(j.awaitExpression(objectPath.node as ExpressionKind));
      context.recordEdit(call.path.node, `awaits the client promise ${call.binding.name}`);
    }
  },
});
