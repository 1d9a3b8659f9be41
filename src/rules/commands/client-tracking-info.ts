/**
 * CLIENT TRACKINGINFO: node-redis' `clientTrackingInfo()` answered `{ flags, redirect, prefixes }` with the flags
 * and prefixes as arrays in the server's order; GLIDE's `clientTrackingInfo()` answers the same fields with Sets,
 * which keep that order (checked live, for tracking off and for `on` with `bcast` and a prefix): the arrays are
 * rebuilt from them. ioredis' `client('TRACKINGINFO')` answered the server's reply as its flat list,
 * `['flags', [...], 'redirect', n, 'prefixes', [...]]` (checked live; its typings say `string`): the list is rebuilt
 * in that order. The rule claims only that subcommand of ioredis' `client()`, whose others are same-shape-commands'
 * (the catalogue's `ioredisClaim`). A call with (further) arguments is flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { replyName } from '../support/reply-name.js';
import { setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const AS_ARRAYS: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) =>
    new CodeTemplate().text('({ flags: [...').node(replyName(reply, j)).text('.flags], redirect: ').node(replyName(reply, j))
      .text('.redirect, prefixes: [...').node(replyName(reply, j)).text('.prefixes] })').toExpression(j),
};

const AS_FLAT_LIST: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) =>
    new CodeTemplate().text("['flags', [...").node(replyName(reply, j)).text(".flags], 'redirect', ").node(replyName(reply, j))
      .text(".redirect, 'prefixes', [...").node(replyName(reply, j)).text('.prefixes]]').toExpression(j),
};

/** ioredis' `client('TRACKINGINFO')`, the only calls of its client() the rule owns. */
function applyIoredis(call: ClientCall, context: RuleContext): void {
  if (call.path.node.arguments.length > 1) {
    context.flag(call.path, cannotMap(call, 'clientTrackingInfo'));
    return;
  }
  setMethod(call, context, 'clientTrackingInfo');
  setArguments(call, []);
  // No cast: ioredis' `string` was never the value, so a TypeScript program reading the list cast it itself.
  context.convertReply(call, AS_FLAT_LIST);
  context.recordEdit(call.path.node, `${call.method}('TRACKINGINFO') → clientTrackingInfo(), read back as the server's flat list`);
}

function apply(call: ClientCall, context: RuleContext): void {
  if (call.binding.library === 'ioredis') {
    applyIoredis(call, context);
    return;
  }
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
  summary: 'CLIENT TRACKINGINFO: GLIDE’s Sets of flags and prefixes are read back as node-redis’ arrays and ioredis’ flat list',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('client-tracking-info'),
  apply,
});
