/**
 * A client created where `await` was not allowed (CommonJS module scope, a class field) is held as the promise
 * `GlideClient.createClient(...)` returns; each migrated call then awaits it: `redis.get(k)` →
 * `(await redis).get(k)`. Awaiting one settled promise keeps the calls in the order the program made them.
 * A function whose whole body is the call or returns it (`.finally(() => redis.quit())`, `top() { return
 * this.redis.zrange(...); }`) already returned a promise, so it becomes `async` and awaits too; any other call
 * where `await` is not allowed is flagged. It runs before the command rules, which then
 * see `(await redis)` as the receiver and keep it; calls no rule migrates keep their receiver untouched.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { canAwaitAt } from '../../engine/analyse/await-context.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import { defineFileRule } from '../rule.js';
import { LISTENER_METHODS } from './event-listeners.js';

interface FunctionLike {
  type: string;
  body: unknown;
  async?: boolean;
  generator?: boolean;
  kind?: string;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod']);

/** A function that may become async: not a generator, a constructor or an accessor. */
function mayBecomeAsync(path: ASTPath | null | undefined): FunctionLike | undefined {
  const fn = path?.node as unknown as FunctionLike | undefined;
  if (!fn || !FUNCTION_TYPES.has(fn.type) || fn.generator) return undefined;
  const method = fn.type === 'ClassMethod' ? fn : (path?.parent?.node as unknown as FunctionLike | undefined);
  const isMember = method?.type === 'ClassMethod' || method?.type === 'MethodDefinition';
  return isMember && method?.kind !== 'method' ? undefined : fn;
}

/**
 * `() => redis.get(k)` and `seed(t) { return this.redis.zadd(...); }` return the call's promise either way, so
 * making the function async (and awaiting the client inside) changes nothing its callers can see.
 */
function makeFunctionAsync(callPath: ASTPath): boolean {
  const body = outerExpressionPath(callPath);
  const parent = body.parent as ASTPath | null;
  const arrow = mayBecomeAsync(parent);
  if (arrow?.type === 'ArrowFunctionExpression' && arrow.body === body.node) {
    arrow.async = true;
    return true;
  }
  if (parent?.node.type !== 'ReturnStatement') return false;
  const block = parent.parent as ASTPath | null;
  const statements = (block?.node as unknown as { type: string; body?: unknown[] } | undefined)?.body;
  const fn = block?.node.type === 'BlockStatement' && statements?.length === 1 ? mayBecomeAsync(block.parent as ASTPath | null) : undefined;
  if (!fn) return false;
  fn.async = true;
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
      if (!canAwaitAt(call.path, analysis.moduleSystem) && !makeFunctionAsync(call.path)) {
        context.flag(call.path, `${call.binding.name} now holds a promise of the GLIDE client, and await is not allowed here; use \`${call.binding.name}.then((client) => ...)\``);
        continue;
      }
      const objectPath = call.path.get('callee', 'object') as ASTPath;
      objectPath.replace(j.awaitExpression(objectPath.node as ExpressionKind));
      context.recordEdit(call.path.node, `awaits the client promise ${call.binding.name}`);
    }
  },
});
