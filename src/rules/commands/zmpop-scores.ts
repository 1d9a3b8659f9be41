/**
 * ZMPOP pops members with their scores from the first non-empty of several sorted sets, and names that set. ioredis
 * takes the server's words (`zmpop(2, 'a', 'b', 'MIN', 'COUNT', 2)`) and answered `["b", [["m", "1"], ...]]`, the
 * scores as the server's text; node-redis takes keys, `'MIN'` / `'MAX'` and `{ COUNT }` and answers
 * `{ key, members: [{ value, score }] }`; GLIDE takes the key array, `ScoreFilter.MIN` / `MAX` and `{ count }` and
 * answers `["b", [{ element, score }]]`; all three `null` when every set is empty. Where the reply is read it is
 * rebuilt in the source's shape. GLIDE writes into the key array it gets, so a node-redis array the program holds
 * is passed as a copy (`support/key-list.ts`). BZMPOP takes a timeout in seconds first in both source clients
 * (`bzmpop(1, 2, 'a', 'b', 'MIN')`, `bzmPop(1, ['a', 'b'], 'MIN')`), GLIDE after the filter
 * (`bzmpop(['a', 'b'], ScoreFilter.MIN, 1)`), and answers as ZMPOP does, `null` when the wait timed out; GLIDE's
 * `bzmpop` leaves its key array alone. The migrated client keeps the source client's command timeout, so the block
 * is not cut short.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { rewriteMultiKeyPop } from '../support/multi-key-pop.js';
import { nullOr, replyName } from '../support/reply-name.js';
import { scoreText } from '../support/score-text.js';

const COMMANDS = entriesMigratedBy('zmpop-scores');
const SIDES = new Set(['MIN', 'MAX']);

const REPLIES: Readonly<Record<SourceLibrary, { readonly conversion: ReplyConversion; readonly typeScript: string }>> = {
  ioredis: {
    // ioredis types the reply `unknown`; the cast keeps that.
    typeScript: 'unknown',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        nullOr(reply, j, (t) =>
          t.text('[').node(replyName(reply, j)).text('[0], ').node(replyName(reply, j)).text('[1].map(({ element, score }) => [element, ')
            .node(scoreText(j, j.identifier('score'))).text('])]')),
    },
  },
  'node-redis': {
    typeScript: '{ key: string; members: { value: string; score: number }[] } | null',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        nullOr(reply, j, (t) =>
          t.text('{ key: ').node(replyName(reply, j)).text('[0], members: ').node(replyName(reply, j)).text('[1].map(({ element, score }) => ({ value: element, score })) }')),
    },
  },
};

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const read = rewriteMultiKeyPop(call, context, { sides: SIDES, glide: entry.glide, blocking: entry.glide === 'bzmpop' }, 'ScoreFilter');
  if (!read) return;
  const reply = REPLIES[call.binding.library];
  context.convertReply(call, reply.conversion, { typeScript: reply.typeScript });
  context.recordEdit(call.path.node, `${call.method}(...) → ${entry.glide}(keys, ScoreFilter.${read.side}${read.timeout ? ', timeout' : ''}${read.count ? ', { count }' : ''}), reply rebuilt in the ${call.binding.library} shape`);
}

export const zmpopScores = defineCallRule({
  id: 'zmpop-scores',
  phase: 'commands',
  summary: 'ZMPOP / BZMPOP keys, MIN / MAX and COUNT become GLIDE’s key array, ScoreFilter and { count }; the popped members are read back in the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zmpop-scores'),
  apply,
});
