/**
 * LCS has three forms with three replies, and GLIDE a method for each: the common string (`lcs`), its length
 * (`lcsLen`) and the matching ranges (`lcsIdx(k1, k2, { minMatchLen, withMatchLen })`, which answers
 * `{ matches, len }`). ioredis takes the forms as the server's words (`lcs(k1, k2, 'IDX', 'MINMATCHLEN', 4,
 * 'WITHMATCHLEN')`) and answers the IDX form as the server's flat `['matches', [...], 'len', n]`; node-redis has
 * `lcs`, `lcsLen`, `lcsIdx(k1, k2, { MINMATCHLEN })` and `lcsIdxWithMatchLen`, whose `{ matches, len }` is GLIDE's.
 * Where ioredis' IDX reply is read it is rebuilt as the flat list; words the server would refuse (LEN with IDX) or
 * ignore (MINMATCHLEN without IDX) are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { cannotMap } from '../support/cannot-map.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { replyName } from '../support/reply-name.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('lcs-forms');

interface Read {
  readonly form: 'lcs' | 'lcsLen' | 'lcsIdx';
  readonly minMatchLen?: ASTPath;
  readonly withMatchLen?: boolean;
}

/** GLIDE's `{ matches, len }` as the server's flat list, which ioredis answers (typed `unknown`). */
const FLAT_IDX: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) =>
    new CodeTemplate().text("['matches', ").node(replyName(reply, j)).text(".matches, 'len', ").node(replyName(reply, j)).text('.len]').toExpression(j),
};

/** node-redis' declared IDX replies, which GLIDE's `Record<string, ...>` is cast to. */
const RANGE = '[number, number]';
const NODE_REDIS_IDX = (withMatchLen: boolean) => `{ matches: [${RANGE}, ${RANGE}${withMatchLen ? ', number' : ''}][]; len: number }`;

/** `'LEN'`, or `'IDX'` with `'MINMATCHLEN', n` and `'WITHMATCHLEN'` in any order, each once. */
function readIoredis(words: readonly ASTPath[]): Read | undefined {
  if (words.length === 0) return { form: 'lcs' };
  if (words.length === 1 && literalToken(words[0].node) === 'LEN') return { form: 'lcsLen' };
  let idx = false;
  let minMatchLen: ASTPath | undefined;
  let withMatchLen = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = literalToken(words[index].node);
    if (word === 'IDX' && !idx) idx = true;
    else if (word === 'WITHMATCHLEN' && !withMatchLen) withMatchLen = true;
    else if (word === 'MINMATCHLEN' && !minMatchLen && words[index + 1]) minMatchLen = words[(index += 1)];
    else return undefined;
  }
  return idx ? { form: 'lcsIdx', minMatchLen, withMatchLen } : undefined;
}

/** The method names the form; `lcsIdx` and `lcsIdxWithMatchLen` may take `{ MINMATCHLEN }`. */
function readNodeRedis(method: string, options: readonly ASTPath[]): Read | undefined {
  const name = method.toUpperCase().replace(/_/g, '');
  if (name === 'LCS' || name === 'LCSLEN') return options.length === 0 ? { form: name === 'LCS' ? 'lcs' : 'lcsLen' } : undefined;
  const withMatchLen = name === 'LCSIDXWITHMATCHLEN';
  if (options.length === 0) return { form: 'lcsIdx', withMatchLen };
  const entries = options.length === 1 ? objectLiteralEntries(options[0]) : undefined;
  if (!entries || [...entries.keys()].some((key) => key !== 'MINMATCHLEN')) return undefined;
  return { form: 'lcsIdx', minMatchLen: entries.get('MINMATCHLEN'), withMatchLen };
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const [key1, key2, ...rest] = argumentPaths(call.path);
  const ioredis = call.binding.library === 'ioredis';
  const read = key2 && hasOnlyPositionalArguments(call) ? (ioredis ? readIoredis(rest) : readNodeRedis(call.method, rest)) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, entry.glide, 'words or options'));
    return;
  }
  const { j, typeScript } = context;
  const options: [string, ExpressionKind][] = [];
  if (read.minMatchLen) options.push(['minMatchLen', asGlideNumber(j, read.minMatchLen, typeScript)]);
  if (read.withMatchLen) options.push(['withMatchLen', j.booleanLiteral(true)]);
  setMethod(call, context, read.form);
  setArguments(call, [asGlideString(j, key1, typeScript), asGlideString(j, key2, typeScript), ...(options.length > 0 ? [inlineObject(j, options)] : [])]);
  if (read.form === 'lcsIdx') {
    if (ioredis) context.convertReply(call, FLAT_IDX, { typeScript: 'unknown' });
    else context.convertReply(call, undefined, { typeScript: NODE_REDIS_IDX(read.withMatchLen === true) });
  }
  const rebuilt = read.form === 'lcsIdx' && ioredis ? ", reply rebuilt as ioredis' flat list" : '';
  context.recordEdit(call.path.node, `${call.method}(...) → ${read.form}(key1, key2${options.length > 0 ? ', { ... }' : ''})${rebuilt}`);
}

export const lcsForms = defineCallRule({
  id: 'lcs-forms',
  phase: 'commands',
  summary: 'LCS, LCS LEN and LCS IDX (MINMATCHLEN, WITHMATCHLEN) become GLIDE’s lcs / lcsLen / lcsIdx; ioredis’ flat IDX reply is rebuilt',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('lcs-forms'),
  apply,
});
