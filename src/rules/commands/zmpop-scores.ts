/**
 * ZMPOP pops members with their scores from the first non-empty of several sorted sets, and names that set. ioredis
 * takes the server's words (`zmpop(2, 'a', 'b', 'MIN', 'COUNT', 2)`) and answered `["b", [["m", "1"], ...]]`, the
 * scores as the server's text; node-redis takes keys, `'MIN'` / `'MAX'` and `{ COUNT }` and answers
 * `{ key, members: [{ value, score }] }`; GLIDE takes the key array, `ScoreFilter.MIN` / `MAX` and `{ count }` and
 * answers `["b", [{ element, score }]]`; all three `null` when every set is empty. Where the reply is read it is
 * rebuilt in the source's shape. GLIDE writes into the key array it gets, so a node-redis array the program holds
 * is passed as a copy (`support/key-list.ts`).
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { readCountedKeys } from '../support/counted-keys.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { keyListFor } from '../support/key-list.js';
import { literalToken } from '../support/literal-token.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { scoreText } from '../support/score-text.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zmpop-scores');
const SIDES = new Set(['MIN', 'MAX']);
const WORDS = new Set(['MIN', 'MAX', 'COUNT']);

interface Read {
  readonly keys: ExpressionKind;
  readonly side: string;
  readonly count?: ASTPath;
}

/** The reply's name, once per use (a `.then` parameter: conversions that name it twice are not single-use). */
const named = (reply: ExpressionKind, j: JSCodeshift): ExpressionKind => (reply.type === 'Identifier' ? j.identifier(reply.name) : reply);

/** `reply === null ? null : <built from reply[0] and reply[1]>`. */
function orNull(reply: ExpressionKind, j: JSCodeshift, build: (template: CodeTemplate) => CodeTemplate): ExpressionKind {
  return build(new CodeTemplate().node(named(reply, j)).text(' === null ? null : ')).toExpression(j);
}

const REPLIES: Readonly<Record<SourceLibrary, { readonly conversion: ReplyConversion; readonly typeScript: string }>> = {
  ioredis: {
    // ioredis types the reply `unknown`; the cast keeps that.
    typeScript: 'unknown',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        orNull(reply, j, (t) =>
          t.text('[').node(named(reply, j)).text('[0], ').node(named(reply, j)).text('[1].map(({ element, score }) => [element, ')
            .node(scoreText(j, j.identifier('score'))).text('])]')),
    },
  },
  'node-redis': {
    typeScript: '{ key: string; members: { value: string; score: number }[] } | null',
    conversion: {
      singleUse: false,
      convert: (reply, { j }) =>
        orNull(reply, j, (t) =>
          t.text('{ key: ').node(named(reply, j)).text('[0], members: ').node(named(reply, j)).text('[1].map(({ element, score }) => ({ value: element, score })) }')),
    },
  },
};

function readIoredis(paths: readonly ASTPath[], context: RuleContext): Read | undefined {
  const counted = readCountedKeys(paths, WORDS);
  const [sidePath, word, count, ...more] = counted?.rest ?? [];
  const side = sidePath && literalToken(sidePath.node);
  if (!counted || !side || !SIDES.has(side) || more.length > 0 || (word && (literalToken(word.node) !== 'COUNT' || !count))) return undefined;
  const keys = context.j.arrayExpression(counted.keys.map((path) => asGlideString(context.j, path, context.typeScript)));
  return { keys, side, count };
}

function readNodeRedis(paths: readonly ASTPath[], context: RuleContext): Read | undefined {
  const [keysPath, sidePath, optionsPath, ...more] = paths;
  const side = sidePath && literalToken(sidePath.node);
  if (!keysPath || !side || !SIDES.has(side) || more.length > 0) return undefined;
  const entries = optionsPath ? objectLiteralEntries(optionsPath) : undefined;
  const count = entries?.size === 1 ? entries.get('COUNT') : undefined;
  if (optionsPath && !count) return undefined;
  return { keys: keyListFor('zmpop', context.j, keysPath, context.typeScript), side, count };
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const paths = argumentPaths(call.path);
  const read = hasOnlyPositionalArguments(call) ? (call.binding.library === 'ioredis' ? readIoredis(paths, context) : readNodeRedis(paths, context)) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, entry.glide, 'keys, a side or options'));
    return;
  }
  const options = read.count ? [inlineObject(context.j, [['count', asGlideNumber(context.j, read.count, context.typeScript)]])] : [];
  setMethod(call, context, entry.glide);
  setArguments(call, [read.keys, glideEnumMember(context, 'ScoreFilter', read.side), ...options]);
  const reply = REPLIES[call.binding.library];
  context.convertReply(call, reply.conversion, { typeScript: reply.typeScript });
  context.recordEdit(call.path.node, `${call.method}(...) → ${entry.glide}(keys, ScoreFilter.${read.side}${read.count ? ', { count }' : ''}), reply rebuilt in the ${call.binding.library} shape`);
}

export const zmpopScores = defineCallRule({
  id: 'zmpop-scores',
  phase: 'commands',
  summary: 'ZMPOP keys, MIN / MAX and COUNT become GLIDE’s key array, ScoreFilter and { count }; the popped members are read back in the source’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zmpop-scores'),
  apply,
});
