/**
 * REPLICAOF NO ONE: ioredis' `replicaof('NO', 'ONE')` and node-redis' `replicaOf('NO', 'ONE')` (its one method for
 * both forms; its typings name a host and a port) become GLIDE's `replicaofNoOne()`, with the same "OK". The
 * host-and-port form, which makes the server a replica of another, is flagged: its proof would do that to the test
 * server (GLIDE's `replicaof(host, port)` is not in the catalogue), and so are words computed at run time.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { literalToken } from '../../ast/literal-token.js';
import { setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

function apply(call: ClientCall, context: RuleContext): void {
  const [first, second, ...more] = call.path.node.arguments;
  if (more.length > 0 || !first || !second || literalToken(first) !== 'NO' || literalToken(second) !== 'ONE') {
    context.flag(call.path, cannotMap(call, 'replicaofNoOne', "arguments other than 'NO', 'ONE'"));
    return;
  }
  setMethod(call, context, 'replicaofNoOne');
  setArguments(call, []);
  context.convertReply(call, undefined);
  context.recordEdit(call.path.node, `${call.method}('NO', 'ONE') → replicaofNoOne()`);
}

export const replicaofNoOne = defineCallRule({
  id: 'replicaof-no-one',
  phase: 'commands',
  summary: "REPLICAOF NO ONE ('NO', 'ONE') becomes GLIDE's replicaofNoOne(); the host-and-port form is left as written",
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('replicaof-no-one'),
  apply,
});
