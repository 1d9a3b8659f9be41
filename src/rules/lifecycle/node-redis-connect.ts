/**
 * node-redis' `await client.connect()` disappears: a GLIDE client is connected when `createClient` resolves.
 * Where the client is held as a promise (created where `await` was not allowed), `await client.connect()`
 * becomes `await client`, which still waits for the connection at the same point of the program. A `connect()`
 * promise used as a value stays a promise that resolves to the client.
 *
 * A connection that fails now fails where the client is created. Where `connect()` was awaited inside a `try`
 * that does not also hold the creation, that `try` no longer sees the failure (a caller does, or nobody): the
 * place is flagged, since moving the creation into the `try` would change what the rest of the code can see.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { isWithin, tryAwaiting } from '../support/enclosing-try.js';
import { removeStatementKeepingComments, removeStatementWithTodo } from '../support/statements.js';

/** A `try` around this `connect()` that a connection failure no longer reaches, and why, if there is one. */
function tryLeftByFailure(call: ClientCall): { statement: ASTPath; reason: string } | undefined {
  const statement = tryAwaiting(call.path as unknown as ASTPath);
  const node = statement?.node as { handler?: unknown; finalizer?: unknown } | undefined;
  if (!statement || !node || (!node.handler && !node.finalizer)) return undefined;
  const creation = call.binding.construction?.path as ASTPath | undefined;
  if (creation && isWithin(creation, statement.get('block') as ASTPath)) return undefined;
  const reason =
    'GLIDE connects where the client is created (GlideClient.createClient), not at this connect(): a connection failure that this try handled now happens outside it; move the creation into the try to handle it here';
  return { statement, reason };
}

function apply(call: ClientCall, context: RuleContext): void {
  const receiver = (call.path.node.callee as { object: ExpressionKind }).object;
  const statement = call.path.parent?.node.type === 'AwaitExpression' ? call.path.parent.parent : call.path.parent;
  const leftTry = tryLeftByFailure(call);
  if (call.binding.shape === 'direct' && !call.resultUse.used && statement?.node.type === 'ExpressionStatement') {
    context.recordEdit(call.path.node, 'removed connect(): GLIDE clients connect while being created');
    if (leftTry && removeStatementWithTodo(context, statement, leftTry.reason, 'flag')) return;
    // Alone in its block: the TODO goes on the try.
    if (leftTry) context.flag(leftTry.statement, leftTry.reason, { about: statement.node });
    removeStatementKeepingComments(statement);
    return;
  }
  if (leftTry) context.flag(call.path as unknown as ASTPath, leftTry.reason);
  // connect() resolves to the client itself; the receiver stands in for it. A receiver already awaited (a client
  // held as a promise) replaces the surrounding `await` too, so the connection is awaited once.
  const awaitPath = call.resultUse.awaited ? call.path.parent : undefined;
  if (awaitPath && receiver.type === 'AwaitExpression') awaitPath.replace(receiver);
  else if (awaitPath) call.path.replace(receiver);
  else call.path.replace(promiseOfClient(call, context, receiver));
  context.recordEdit(call.path.node, 'connect() → the client (GLIDE clients connect while being created)');
}

/**
 * A `connect()` promise used as a value (`client.connect().then(start)`) must stay a promise of the client: a
 * client held as a promise already is one; a connected client is wrapped in `Promise.resolve`.
 */
function promiseOfClient(call: ClientCall, context: RuleContext, receiver: ExpressionKind): ExpressionKind {
  const { j } = context;
  if (call.binding.shape === 'promise' && receiver.type !== 'AwaitExpression') return receiver;
  return j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('resolve')), [receiver]);
}

export const nodeRedisConnect = defineCallRule({
  id: 'node-redis-connect',
  phase: 'lifecycle',
  summary: "node-redis' `connect()` is removed: GLIDE clients connect while being created",
  clients: ['node-redis'],
  safety: 'exact',
  commands: { 'node-redis': ['connect'] },
  apply,
});
