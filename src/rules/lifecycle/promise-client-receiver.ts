/**
 * A client created where `await` was not allowed (CommonJS module scope, a class field) is held as the promise
 * `GlideClient.createClient(...)` returns; each migrated call then awaits it: `redis.get(k)` →
 * `(await redis).get(k)`. Awaiting one settled promise keeps the calls in the order the program made them.
 * A function whose whole body is the call or returns it (`.finally(() => redis.quit())`, `top() { return
 * this.redis.zrange(...); }`) already returned a promise, so it becomes `async` and awaits too. Anywhere else
 * `await` is not allowed (CommonJS module scope, a synchronous function), the call goes into a callback on the
 * client promise: `redis.set(k, v)` → `redis.then((client) => client.set(k, v))`, still a promise of the same
 * reply; callbacks on one promise run in the order they were added, so the commands still go out in program
 * order. The rule runs before the command rules, which then see `(await redis)` or `client` as the receiver
 * and keep it; the callback is put around the call once they are done, so it holds their reply conversions.
 * Calls no rule migrates keep their receiver untouched.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { canAwaitAt } from '../../engine/analyse/await-context.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { LISTENER_METHODS } from './event-listeners.js';
import { quitToClose, readsQuitReply } from './quit-to-close.js';

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

/** A parameter name for the settled client that no identifier inside the call would see shadowed. */
function clientParameterName(context: RuleContext, call: ClientCall): string {
  const { j } = context;
  const used = new Set(j(call.path).find(j.Identifier).nodes().map((node) => node.name));
  const candidates = ['client', 'glideClient', 'glide'];
  return candidates.find((name) => !used.has(name)) ?? `${candidates[0]}${used.size}`;
}

/** `redis.get(k)` → `redis.then((client) => client.get(k))`, put around the call once the other rules are done. */
function callInsideThen(context: RuleContext, call: ClientCall): void {
  const { j } = context;
  const parameter = clientParameterName(context, call);
  const objectPath = call.path.get('callee', 'object') as ASTPath;
  const receiver = objectPath.node as ExpressionKind;
  objectPath.replace(j.identifier(parameter));
  const position = outerExpressionPath(call.path);
  context.afterRules(() => {
    const then = j.memberExpression(receiver, j.identifier('then'));
    position.replace(j.callExpression(then, [j.arrowFunctionExpression([j.identifier(parameter)], position.node as ExpressionKind)]));
  });
  context.recordEdit(call.path.node, `calls ${call.method}() once the client promise ${call.binding.name} settles`);
}

export const promiseClientReceiver = defineFileRule({
  id: 'promise-client-receiver',
  phase: 'receivers',
  summary: 'Calls on a client held as a promise (CommonJS module scope, class fields) await it first',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { j, analysis } = context;
    for (const call of analysis.calls) {
      if (call.binding.shape !== 'promise' || !context.willBeMigrated(call)) continue;
      // A batch's commands are queued on the batch; batch-results awaits the client where the batch is sent.
      if (call.batch) continue;
      // Listeners are removed by their own rule wherever they stand; nothing is awaited for them.
      if (LISTENER_METHODS.includes(call.method)) continue;
      // A quit() whose "OK" is read is flagged by quit-to-close and stays exactly as written, receiver included.
      if (quitToClose.commands !== 'unclaimed' && quitToClose.commands[call.binding.library]?.includes(call.method) && readsQuitReply(call)) continue;
      if (!canAwaitAt(call.path, analysis.moduleSystem) && !makeFunctionAsync(call.path)) {
        callInsideThen(context, call);
        continue;
      }
      const objectPath = call.path.get('callee', 'object') as ASTPath;
      objectPath.replace(j.awaitExpression(objectPath.node as ExpressionKind));
      context.recordEdit(call.path.node, `awaits the client promise ${call.binding.name}`);
    }
  },
});
