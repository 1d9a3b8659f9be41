/**
 * `quit()` / `disconnect()` (and node-redis `close()` / `destroy()`) become GLIDE's synchronous `close()`.
 *
 * ioredis' `quit()` lets every command already sent finish; GLIDE's `close()` rejects commands still in flight
 * and most never run. When the client has calls whose promise nobody awaits (fire-and-forget writes), the
 * rewrite first awaits a `ping()`: replies come back in order on the client's one connection, so when the ping
 * answers, every earlier command has completed. `quit()` resolved to "OK"; a program that reads that value is
 * flagged instead.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../rule.js';

/** Fire-and-forget calls: neither awaited nor read, so nothing waits for them before the client closes. */
function hasUnawaitedCalls(call: ClientCall, context: RuleContext): boolean {
  return context.analysis.calls.some(
    (other) =>
      other.binding === call.binding &&
      other !== call &&
      !other.resultUse.awaited &&
      !other.resultUse.used &&
      !['on', 'once', 'connect'].includes(other.method),
  );
}

function apply(call: ClientCall, context: RuleContext): void {
  const { j } = context;
  if (call.resultUse.used && !call.resultUse.awaited) {
    context.flag(call.path, `${call.method}() resolved to "OK"; GLIDE's close() returns nothing. Rewrite this use by hand`);
    return;
  }
  if (call.resultUse.used) {
    context.flag(call.path, `the value of ${call.method}() ("OK") is used; GLIDE's close() returns nothing. Rewrite this use by hand`);
    return;
  }
  const callee = call.path.node.callee as { object: Parameters<typeof j.memberExpression>[0] };
  const close = j.callExpression(j.memberExpression(callee.object, j.identifier('close')), []);
  if (hasUnawaitedCalls(call, context)) {
    const ping = j.callExpression(j.memberExpression(callee.object, j.identifier('ping')), []);
    const drained = j.callExpression(j.memberExpression(ping, j.identifier('then')), [j.arrowFunctionExpression([], close)]);
    call.path.replace(drained);
    context.recordEdit(call.path.node, `${call.method}() → close() after a ping that drains commands in flight`);
    return;
  }
  const awaitPath = call.path.parent;
  if (call.resultUse.awaited && awaitPath?.node.type === 'AwaitExpression') awaitPath.replace(close);
  else call.path.replace(close);
  context.recordEdit(call.path.node, `${call.method}() → close()`);
}

export const quitToClose = defineCallRule({
  id: 'quit-to-close',
  summary: '`quit()` / `disconnect()` become `close()`, after draining commands still in flight',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['quit', 'disconnect'], 'node-redis': ['quit', 'disconnect', 'close', 'destroy'] },
  apply,
});
