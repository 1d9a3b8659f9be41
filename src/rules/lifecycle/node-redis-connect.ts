/**
 * node-redis' `await client.connect()` disappears: a GLIDE client is connected when `createClient` resolves.
 * Where the client is held as a promise (created where `await` was not allowed), `await client.connect()`
 * becomes `await client`, which still waits for the connection at the same point of the program. A `connect()`
 * promise used as a value stays a promise that resolves to the client.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../rule.js';
import { removeStatementKeepingComments } from '../support/statements.js';

function apply(call: ClientCall, context: RuleContext): void {
  const receiver = (call.path.node.callee as { object: ExpressionKind }).object;
  const statement = call.path.parent?.node.type === 'AwaitExpression' ? call.path.parent.parent : call.path.parent;
  if (call.binding.shape === 'direct' && !call.resultUse.used && statement?.node.type === 'ExpressionStatement') {
    context.recordEdit(call.path.node, 'removed connect(): GLIDE clients connect while being created');
    removeStatementKeepingComments(statement);
    return;
  }
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
  summary: "node-redis' `connect()` is removed: GLIDE clients connect while being created",
  clients: ['node-redis'],
  safety: 'exact',
  commands: { 'node-redis': ['connect'] },
  apply,
});
