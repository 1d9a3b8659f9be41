/**
 * `client.on('error' | 'connect' | 'ready' | 'end' | ..., handler)`: GLIDE clients emit no events. A listener
 * whose handler only logs or does nothing is removed (it would throw on a GLIDE client) and a TODO quoting it
 * says what GLIDE offers instead: errors reject each command, code after `await GlideClient.createClient` runs
 * once connected, and reconnection is automatic. A handler that does any other work (a command, an assignment, a
 * call of the program's own) is flagged and left in place: removing it would drop that work silently.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { handlerKind, removalKeepsBehaviour } from '../support/log-only-handler.js';
import { quoteSource, removeStatementWithTodo } from '../support/statements.js';

/** The methods that give the client a handler to run; the others only take listeners away. */
const REGISTERING = new Set(['on', 'once', 'addListener']);

export const LISTENER_METHODS: readonly string[] = ['on', 'once', 'addListener', 'off', 'removeListener', 'removeAllListeners'];

const INSTEAD: Readonly<Record<string, string>> = {
  error: 'errors reject each command instead',
  connect: 'the code after `await GlideClient.createClient(...)` runs once connected',
  ready: 'the code after `await GlideClient.createClient(...)` runs once connected',
  end: 'the client is closed when `close()` returns',
  close: 'the client is closed when `close()` returns',
  reconnecting: 'GLIDE reconnects by itself',
};

function eventName(call: ClientCall): string {
  const [event] = call.path.node.arguments as { value?: unknown }[];
  return typeof event?.value === 'string' ? event.value : 'unknown';
}

function apply(call: ClientCall, context: RuleContext): void {
  const event = eventName(call);
  const instead = INSTEAD[event] ?? 'there is no GLIDE counterpart';
  const handler = REGISTERING.has(call.method) ? handlerKind(call.path.get('arguments', 1) as ASTPath) : 'ignores';
  if (!removalKeepsBehaviour(event, handler)) {
    const what = handler === 'works' ? 'it does more than log' : 'what it prints on stdout on every run would no longer be printed';
    context.flag(call.path, `GLIDE clients emit no '${event}' event, so this listener's handler would never run, and ${what}; ${instead}. Move that work by hand`);
    return;
  }
  const quoted = quoteSource(context, call.path.node);
  const lost = handler === 'logs-to-stdout' ? '; what it printed when the client failed is no longer printed' : '';
  const reason = `GLIDE clients emit no '${event}' event: removed \`${quoted}\`; ${instead}${lost}`;
  const standalone = !call.resultUse.used && call.path.parent?.node.type === 'ExpressionStatement';
  if (!standalone || !removeStatementWithTodo(context, call.path, reason, 'note')) {
    context.flag(call.path, `GLIDE clients emit no '${event}' event; ${instead}. Remove this listener by hand`);
    return;
  }
  context.recordEdit(call.path.node, `removed the '${event}' listener`);
}

export const eventListeners = defineCallRule({
  id: 'event-listeners',
  phase: 'lifecycle',
  summary: "Event listeners (`on('error')`, `on('connect')`, ...) are removed with a TODO naming GLIDE's alternative",
  clients: ['ioredis', 'node-redis'],
  safety: 'flags',
  commands: { ioredis: LISTENER_METHODS, 'node-redis': LISTENER_METHODS },
  apply,
});
