/**
 * BLPOP and BRPOP take the keys, then a timeout in seconds. ioredis takes the keys as varargs or arrays
 * (`blpop('a', 'b', 5)`), node-redis one key or an array (`blPop(['a', 'b'], 5)`), GLIDE one array
 * (`blpop(['a', 'b'], 5)`). ioredis answers `[key, element]` or `null`, as GLIDE does; node-redis answers
 * `{ key, element }` or `null`, so where its reply is read it is rebuilt in that shape. The migrated client keeps
 * the source client's command timeout (none, unless ioredis' `commandTimeout` set one), so the commands waiting
 * behind a block on the client's one connection are not cut short by GLIDE's default 250 ms request timeout.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { rewriteKeysThenTimeout } from '../support/keys-then-timeout.js';

const COMMANDS = entriesMigratedBy('blocking-list-pops');

/** node-redis' `{ key, element }`, or `null` when the wait timed out. */
const KEY_AND_ELEMENT: ReplyConversion = {
  singleUse: false,
  // Through a template, so that the object prints on one line.
  convert: (reply: ExpressionKind, { j }) =>
    new CodeTemplate().node(reply).text(' === null ? null : { key: ').node(reply).text('[0], element: ').node(reply).text('[1] }').toExpression(j),
};

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry || !rewriteKeysThenTimeout(call, context, entry.glide)) return;
  const nodeRedis = call.binding.library === 'node-redis';
  if (nodeRedis) context.convertReply(call, KEY_AND_ELEMENT);
  else context.convertReply(call, undefined, { typeScript: '[string, string] | null' });
  context.recordEdit(call.path.node, `${call.method}(keys..., timeout) → ${entry.glide}([keys], timeout)${nodeRedis ? ', reply read back as { key, element }' : ''}`);
}

export const blockingListPops = defineCallRule({
  id: 'blocking-list-pops',
  phase: 'commands',
  summary: 'BLPOP / BRPOP keys become the one array GLIDE takes; node-redis’ { key, element } reply is rebuilt',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('blocking-list-pops'),
  apply,
});
