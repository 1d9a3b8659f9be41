/**
 * ZRANK and ZREVRANK answer a member's rank, the same in all three clients; with WITHSCORE (Valkey 7.2) the rank
 * and the score, in three shapes. ioredis' `zrank(k, m, 'WITHSCORE')` answered `[rank, scoreText]` (the score as
 * the server's text, `"inf"` for an infinite one), node-redis' `zRankWithScore(k, m)` answers `{ rank, score }`,
 * GLIDE's `zrankWithScore(k, m)` `[rank, score]` with the score a number; all three `null` for a missing member.
 * Where the reply is read it is rebuilt in the source's shape.
 */
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { literalToken } from '../../ast/literal-token.js';
import { replyName } from '../support/reply-name.js';
import { scoreText } from '../support/score-text.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zrank-with-score');

/** node-redis names its scored forms `zRankWithScore` and `ZRANK_WITHSCORE`. */
const NODE_REDIS_WITH_SCORE = /(WithScore|_WITHSCORE)$/;

interface ScoredReply {
  readonly conversion: ReplyConversion;
  readonly typeScript: string;
}

/** GLIDE's `[rank, score]` or `null` in the source's shape. */
const SCORED_REPLIES: Readonly<Record<SourceLibrary, ScoredReply>> = {
  ioredis: {
    typeScript: '[number, string] | null',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        new CodeTemplate().node(replyName(reply, j)).text(' === null ? null : [').node(replyName(reply, j)).text('[0], ')
          .node(scoreText(j, new CodeTemplate().node(replyName(reply, j)).text('[1]').toExpression(j))).text(']').toExpression(j),
    },
  },
  'node-redis': {
    typeScript: '{ rank: number; score: number } | null',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        new CodeTemplate().node(replyName(reply, j)).text(' === null ? null : { rank: ').node(replyName(reply, j)).text('[0], score: ')
          .node(replyName(reply, j)).text('[1] }').toExpression(j),
    },
  },
};

/** Whether the call asks for the score too, or undefined when its arguments are not a key and a member (+ WITHSCORE). */
function asksForScore(call: ClientCall): boolean | undefined {
  const count = call.path.node.arguments.length;
  if (!hasOnlyPositionalArguments(call)) return undefined;
  if (call.binding.library === 'node-redis') return count === 2 ? NODE_REDIS_WITH_SCORE.test(call.method) : undefined;
  if (count === 2) return false;
  return count === 3 && literalToken(call.path.node.arguments[2]) === 'WITHSCORE' ? true : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const scored = asksForScore(call);
  if (scored === undefined) {
    context.flag(call.path, cannotMap(call, entry.glide));
    return;
  }
  const glide = scored ? `${entry.glide}WithScore` : entry.glide;
  const [key, member] = argumentPaths(call.path);
  setMethod(call, context, glide);
  setArguments(call, [asGlideString(context.j, key, context.typeScript), asGlideString(context.j, member, context.typeScript)]);
  if (!scored) {
    if (call.method !== glide) context.recordEdit(call.path.node, `${call.method}() → ${glide}()`);
    return;
  }
  const reply = SCORED_REPLIES[call.binding.library];
  context.convertReply(call, reply.conversion, { typeScript: reply.typeScript });
  context.recordEdit(call.path.node, `${call.method}(...) → ${glide}(key, member), reply rebuilt in the ${call.binding.library} shape`);
}

export const zrankWithScore = defineCallRule({
  id: 'zrank-with-score',
  phase: 'commands',
  summary: 'ZRANK / ZREVRANK WITHSCORE become GLIDE’s zrankWithScore / zrevrankWithScore, whose [rank, score] is read back in the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zrank-with-score'),
  apply,
});
