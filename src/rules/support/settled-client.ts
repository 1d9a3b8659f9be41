/**
 * A client held as a promise (created where `await` was not allowed) reaches a call through that promise: the
 * call awaits it where `await` is allowed (`(await redis).get(k)`), its function becomes async where that
 * changes nothing callers see, and elsewhere the call goes into a callback on the promise
 * (`redis.then((client) => client.get(k))`, put around the call once every rule is done).
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { canAwaitAt } from '../../engine/analyse/await-context.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';

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

/** Makes `call`, whose receiver is a client held as a promise, reach the settled client. */
export function reachSettledClient(context: RuleContext, call: ClientCall): void {
  const { j } = context;
  if (!canAwaitAt(call.path, context.analysis.moduleSystem) && !makeFunctionAsync(call.path)) {
    callInsideThen(context, call);
    return;
  }
  const objectPath = call.path.get('callee', 'object') as ASTPath;
  objectPath.replace(j.awaitExpression(objectPath.node as ExpressionKind));
  context.recordEdit(call.path.node, `awaits the client promise ${call.binding.name}`);
}
