/**
 * BZPOPMIN and BZPOPMAX take the keys, then a timeout in seconds, as BLPOP does (`support/keys-then-timeout.ts`),
 * and answer the set popped from, the member and its score, or `null` when the wait timed out. GLIDE answers
 * `[key, member, score]` with the score a number; ioredis answered the server's text (`["z", "a", "1"]`,
 * `"inf"` for an infinite score); node-redis answers `{ key, value, score }`, the score a number. Where the reply
 * is read it is rebuilt in the source's shape. The migrated client keeps the source client's command timeout, so
 * the block is not cut short.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { rewriteKeysThenTimeout } from '../support/keys-then-timeout.js';
import { nullOr, replyName } from '../support/reply-name.js';
import { scoreText } from '../support/score-text.js';

const COMMANDS = entriesMigratedBy('blocking-sorted-set-pops');

const REPLIES: Readonly<Record<SourceLibrary, { readonly conversion: ReplyConversion; readonly typeScript: string }>> = {
  ioredis: {
    typeScript: '[key: string, member: string, score: string] | null',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        nullOr(reply, j, (t) =>
          t.text('[').node(replyName(reply, j)).text('[0], ').node(replyName(reply, j)).text('[1], ')
            .node(scoreText(j, new CodeTemplate().node(replyName(reply, j)).text('[2]').toExpression(j))).text(']')),
    },
  },
  'node-redis': {
    typeScript: '{ key: string; value: string; score: number } | null',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        nullOr(reply, j, (t) =>
          t.text('{ key: ').node(replyName(reply, j)).text('[0], value: ').node(replyName(reply, j)).text('[1], score: ')
            .node(replyName(reply, j)).text('[2] }')),
    },
  },
};

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry || !rewriteKeysThenTimeout(call, context, entry.glide)) return;
  const reply = REPLIES[call.binding.library];
  context.convertReply(call, reply.conversion, { typeScript: reply.typeScript });
  context.recordEdit(call.path.node, `${call.method}(keys..., timeout) → ${entry.glide}([keys], timeout), reply rebuilt in the ${call.binding.library} shape`);
}

export const blockingSortedSetPops = defineCallRule({
  id: 'blocking-sorted-set-pops',
  phase: 'commands',
  summary: 'BZPOPMIN / BZPOPMAX keys become the one array GLIDE takes; its [key, member, score] is rebuilt in the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('blocking-sorted-set-pops'),
  apply,
});
