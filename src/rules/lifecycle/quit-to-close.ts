/**
 * `quit()` / `disconnect()` (and node-redis `close()` / `destroy()`) become GLIDE's synchronous `close()`.
 *
 * ioredis' `quit()` lets every command already sent finish; GLIDE's `close()` rejects commands still in flight
 * and most never run. When the client has calls whose promise nobody awaits (fire-and-forget writes), the
 * rewrite first awaits a `ping()`: replies come back in order on the client's one connection, so when the ping
 * answers, every earlier command has completed. A client other modules reach (handed to a function imported from
 * another module, or exported) may have such calls there, which this file cannot see, so it is drained too. Where the quit was not awaited as a statement of its own, the
 * close waits for the ping in a callback instead: `client.ping().then(() => client.close())`. `quit()` resolved
 * to "OK"; a program that reads that value is flagged instead. `.catch` handlers of a quit whose chain is thrown
 * away go with it (close() never rejects), unless the ping that drains may reject in their place.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { promiseChainOf } from '../../engine/analyse/promise-chain.js';
import { findClientArgumentSites } from '../../engine/analyse/client-flow.js';
import { findExportedBindings } from '../../engine/analyse/exported-clients.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { isSideEffectFree } from '../support/side-effect-free.js';
import { LISTENER_METHODS } from './event-listeners.js';
import { rejectionHandlersOnly, settlesThrownAwayPromise } from '../support/discarded-quit-value.js';

/** `call.then(f).catch(g);` as a statement: the chain's outcome is thrown away, nothing awaits it. */
function endsInDiscardedChain(call: ClientCall): boolean {
  const last = promiseChainOf(call.path as unknown as ASTPath).at(-1);
  return last?.invocation.parent?.node.type === 'ExpressionStatement';
}

/** Client methods that send no command to the server: nothing of theirs can be in flight. */
const SENDS_NOTHING = new Set(['connect', 'defineCommand']);

/**
 * Fire-and-forget calls: not awaited, and their reply thrown away, handed to a callback or to a `.then` chain
 * nobody awaits, so nothing waits for them before the client closes. A batch's start and queued commands send
 * nothing (its exec does).
 */
function hasUnawaitedCalls(call: ClientCall, context: RuleContext): boolean {
  return context.analysis.calls.some(
    (other) =>
      other.binding === call.binding &&
      other !== call &&
      !other.resultUse.awaited &&
      (!other.resultUse.used || other.resultUse.readByCallback || endsInDiscardedChain(other)) &&
      !SENDS_NOTHING.has(other.method) &&
      other.batch?.role !== 'start' &&
      other.batch?.role !== 'entry' &&
      !LISTENER_METHODS.includes(other.method),
  );
}

/** Other modules reach the client: it comes from one (imported, or given to a function), is passed to a function imported from one, or is exported to them. */
function reachedByOtherModules(call: ClientCall, context: RuleContext): boolean {
  const { file, analysis } = context;
  // A client this file imports, or is given, is the same client the module it comes from (and every other one that
  // holds it) sends on.
  if (call.binding.access === 'imported' || call.binding.access === 'parameter') return true;
  if (findClientArgumentSites(file, analysis.bindings).some((site) => site.binding === call.binding)) return true;
  return findExportedBindings(file, analysis.bindings).some((exported) => exported.binding === call.binding);
}

/** The name in `(await name)`, or undefined. */
function isAwaitedName(receiver: ExpressionKind): string | undefined {
  const argument = receiver.type === 'AwaitExpression' ? receiver.argument : undefined;
  return argument?.type === 'Identifier' ? argument.name : undefined;
}

function receiverCall(context: RuleContext, receiver: ExpressionKind, method: string) {
  const { j } = context;
  return j.callExpression(j.memberExpression(receiver, j.identifier(method)), []);
}

/**
 * The program reads what quit() resolved to: the call is flagged and stays exactly as written. A value that only
 * settles a promise nobody reads (support/discarded-quit-value.ts) is not read.
 */
export function readsQuitReply(call: ClientCall): boolean {
  const path = call.path as unknown as ASTPath;
  return call.resultUse.used && !rejectionHandlersOnly(path) && !settlesThrownAwayPromise(path);
}

function apply(call: ClientCall, context: RuleContext): void {
  const { j } = context;
  if (readsQuitReply(call)) {
    context.flag(call.path, `the value of ${call.method}() ("OK") is used; GLIDE's close() returns nothing. Rewrite this use by hand`);
    return;
  }
  const receiver = (call.path.node.callee as { object: ExpressionKind }).object;
  const close = receiverCall(context, receiver, 'close');
  const awaitPath = call.resultUse.awaited ? (call.path.parent as ASTPath) : undefined;
  const statement = (awaitPath ?? call.path).parent as ASTPath;
  const drain = hasUnawaitedCalls(call, context) || reachedByOtherModules(call, context);
  const drainAsStatement = drain && awaitPath !== undefined && statement.node.type === 'ExpressionStatement';
  // `(await redis)`: a client held as a promise, awaited again in the callback that closes it.
  const awaitedName = isAwaitedName(receiver);
  if (drain && !drainAsStatement && !isSideEffectFree(receiver) && !awaitedName) {
    context.flag(call.path, `commands sent without await may still be in flight; GLIDE's close() drops them. Await them (or \`await client.ping()\`) before closing`);
    return;
  }
  if (drainAsStatement) {
    statement.insertBefore(j.expressionStatement(j.awaitExpression(receiverCall(context, receiver, 'ping'))));
    awaitPath.replace(close);
  } else if (drain) {
    const closeAfterPing = j.arrowFunctionExpression([], awaitedName ? receiverCall(context, j.awaitExpression(j.identifier(awaitedName)), 'close') : close);
    closeAfterPing.async = awaitedName !== undefined;
    call.path.replace(j.callExpression(j.memberExpression(receiverCall(context, receiver, 'ping'), j.identifier('then')), [closeAfterPing]));
  } else {
    // `redis.quit().catch(handler);`: close() never rejects, and returns nothing to chain on.
    const handlers = rejectionHandlersOnly(call.path as unknown as ASTPath);
    (handlers ? (handlers.at(-1) as { invocation: ASTPath }).invocation : (awaitPath ?? call.path)).replace(close);
  }
  context.recordEdit(call.path.node, drain ? `${call.method}() → close() after a ping that drains commands in flight` : `${call.method}() → close()`);
}

export const quitToClose = defineCallRule({
  id: 'quit-to-close',
  phase: 'lifecycle',
  summary: '`quit()` / `disconnect()` become `close()`, after draining commands still in flight',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['quit', 'disconnect'], 'node-redis': ['quit', 'disconnect', 'close', 'destroy'] },
  apply,
});
