/**
 * CLIENT TRACKINGINFO: node-redis' `clientTrackingInfo()` answered `{ flags, redirect, prefixes }` with the flags
 * and prefixes as arrays in the server's order; GLIDE's `clientTrackingInfo()` answers the same fields with Sets,
 * which keep that order (checked live, for tracking off and for `on` with `bcast` and a prefix): the arrays are
 * rebuilt from them. ioredis' `client('TRACKINGINFO')`, the server's flat list, belongs to its one client() method
 * (same-shape-commands), which leaves it as written. A call with arguments is flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { replyName } from '../support/reply-name.js';
import { setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const AS_ARRAYS: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) =>
    new CodeTemplate().text('({ flags: [...').node(replyName(reply, j)).text('.flags], redirect: ').node(replyName(reply, j))
      .text('.redirect, prefixes: [...').node(replyName(reply, j)).text('.prefixes] })').toExpression(j),
};

function apply(call: ClientCall, context: RuleContext): void {
  if (call.path.node.arguments.length > 0) {
    context.flag(call.path, cannotMap(call, 'clientTrackingInfo'));
    return;
  }
  setMethod(call, context, 'clientTrackingInfo');
  context.convertReply(call, AS_ARRAYS, { typeScript: '{ flags: string[]; redirect: number; prefixes: string[] }' });
  context.recordEdit(call.path.node, `${call.method}() → clientTrackingInfo(), its Sets read back as arrays`);
}

export const clientTrackingInfo = defineCallRule({
  id: 'client-tracking-info',
  phase: 'commands',
  summary: 'CLIENT TRACKINGINFO: GLIDE’s Sets of flags and prefixes are read back as node-redis’ arrays',
  clients: ['node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('client-tracking-info'),
  apply,
});
