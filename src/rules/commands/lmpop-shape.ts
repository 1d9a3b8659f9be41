/**
 * LMPOP pops elements from the first non-empty of several lists, and names that list. ioredis takes the server's
 * words (`lmpop(2, 'a', 'b', 'LEFT', 'COUNT', 2)`), node-redis keys, `'LEFT'` / `'RIGHT'` and `{ COUNT }`, and both
 * answer `['b', ['x', 'y']]`; GLIDE takes the key array, `ListDirection.LEFT` / `RIGHT` and `{ count }` and answers
 * `{ key: 'b', elements: ['x', 'y'] }`; all three `null` when every list is empty. Where the reply is read it is
 * rebuilt as the source's pair. BLMPOP takes a timeout in seconds first in both source clients
 * (`blmpop(1, 2, 'a', 'b', 'LEFT')`, `blmPop(1, ['a', 'b'], 'LEFT')`), GLIDE after the direction
 * (`blmpop(['a', 'b'], ListDirection.LEFT, 1)`), and answers as LMPOP does, `null` when the wait timed out. The
 * migrated client keeps the source client's command timeout, so the block is not cut short.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { rewriteMultiKeyPop } from '../support/multi-key-pop.js';
import { replyName } from '../support/reply-name.js';

const COMMANDS = entriesMigratedBy('lmpop-shape');
const SIDES = new Set(['LEFT', 'RIGHT']);

/** `reply === null ? null : [reply.key, reply.elements]`, the pair both source clients answer. */
const AS_PAIR: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) =>
    new CodeTemplate().node(replyName(reply, j)).text(' === null ? null : [').node(replyName(reply, j)).text('.key, ').node(replyName(reply, j)).text('.elements]').toExpression(j),
};

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const read = rewriteMultiKeyPop(call, context, { sides: SIDES, glide: entry.glide, blocking: entry.glide === 'blmpop' }, 'ListDirection');
  if (!read) return;
  context.convertReply(call, AS_PAIR, { typeScript: '[string, string[]] | null' });
  context.recordEdit(call.path.node, `${call.method}(...) → ${entry.glide}(keys, ListDirection.${read.side}${read.timeout ? ', timeout' : ''}${read.count ? ', { count }' : ''}), reply rebuilt as [key, elements]`);
}

export const lmpopShape = defineCallRule({
  id: 'lmpop-shape',
  phase: 'commands',
  summary: 'LMPOP / BLMPOP keys, LEFT / RIGHT and COUNT become GLIDE’s key array, ListDirection and { count }; the { key, elements } reply is read back as the source’s [key, elements]',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('lmpop-shape'),
  apply,
});
