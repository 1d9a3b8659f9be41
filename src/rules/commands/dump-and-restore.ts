/**
 * DUMP and RESTORE carry a binary payload. GLIDE's `dump` answers it as a Buffer (or `null`) and its
 * `restore(key, ttl, value, { replace, absttl, idletime, frequency })` takes a Buffer. ioredis' `dumpBuffer`
 * answers the Buffer too; its `dump`, like node-redis' `dump` with the default type mapping, answers the payload
 * decoded as UTF-8 text, which loses bytes (RESTORE then refuses it): where that reply is read it is rebuilt with
 * `toString()`, the same text. node-redis' `dump` on a client created with BLOB_STRING mapped to Buffer answers the
 * Buffer, as GLIDE does. ioredis takes RESTORE's options as words (`'REPLACE', 'ABSTTL', 'IDLETIME', n,
 * 'FREQ', n`), node-redis as `{ REPLACE, ABSTTL, IDLETIME, FREQ }`. In TypeScript a payload not known to be a Buffer
 * is passed as `Buffer.from(value)`, the bytes the source clients send for a string. IDLETIME with FREQ, which the
 * server refuses and GLIDE throws on before sending, is flagged. DUMP queued in a batch is flagged: the batch
 * decodes every reply with its one decoder, text by default, and fails on the payload's bytes (checked live).
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
import { bufferPayload } from '../support/buffer-payload.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('dump-and-restore');

/** ioredis' word or node-redis' option → GLIDE's RestoreOptions name; the flags take no value. */
const OPTIONS: Readonly<Record<string, { readonly glide: string; readonly flag: boolean }>> = {
  REPLACE: { glide: 'replace', flag: true },
  ABSTTL: { glide: 'absttl', flag: true },
  IDLETIME: { glide: 'idletime', flag: false },
  FREQ: { glide: 'frequency', flag: false },
};

/**
 * GLIDE's Buffer as the UTF-8 text ioredis' `dump` and node-redis' default mapping answer. Not single-use: placed
 * in a `.then`, so that a TypeScript cast applies to the whole of `?? null`.
 */
const AS_TEXT: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) => new CodeTemplate().node(reply).text('?.toString() ?? null').toExpression(j),
};

type Options = [string, ExpressionKind][];

function readIoredisOptions(words: readonly ASTPath[], context: RuleContext): Options | undefined {
  const options: Options = [];
  for (let index = 0; index < words.length; index += 1) {
    const word = literalToken(words[index].node);
    const option = word === undefined ? undefined : OPTIONS[word];
    if (!option || options.some(([name]) => name === option.glide)) return undefined;
    if (option.flag) options.push([option.glide, context.j.booleanLiteral(true)]);
    else if (words[index + 1]) options.push([option.glide, asGlideNumber(context.j, words[(index += 1)], context.typeScript)]);
    else return undefined;
  }
  return options;
}

function readNodeRedisOptions(paths: readonly ASTPath[], context: RuleContext): Options | undefined {
  if (paths.length === 0) return [];
  const entries = paths.length === 1 ? objectLiteralEntries(paths[0]) : undefined;
  if (!entries || [...entries.keys()].some((name) => !(name in OPTIONS))) return undefined;
  // node-redis sends REPLACE and ABSTTL when truthy and IDLETIME / FREQ when defined, as GLIDE does.
  return [...entries].map(([name, path]) => [OPTIONS[name].glide, OPTIONS[name].flag ? (path.node as unknown as ExpressionKind) : asGlideNumber(context.j, path, context.typeScript)]);
}

function migrateDump(call: ClientCall, context: RuleContext): void {
  const [key, ...more] = argumentPaths(call.path);
  if (!key || more.length > 0 || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, cannotMap(call, 'dump'));
    return;
  }
  // A batch decodes every reply with its one decoder (text by default), which fails on the payload's bytes (checked live).
  if (call.batch?.role === 'entry') {
    context.flag(call.path, `${call.method}() inside a batch is not migrated: GLIDE's batch decodes the payload as text, which fails on its bytes; migrate it by hand`);
    return;
  }
  // ioredis' dumpBuffer, and node-redis' dump on a client created with BLOB_STRING mapped to Buffer, answer the Buffer.
  const buffer = call.method === 'dumpBuffer' || (call.binding.library === 'node-redis' && call.binding.construction?.bufferReplies === true);
  setMethod(call, context, 'dump');
  setArguments(call, [asGlideString(context.j, key, context.typeScript)]);
  const bufferType = call.binding.library === 'ioredis' ? 'Buffer' : 'Buffer | null';
  context.convertReply(call, buffer ? undefined : AS_TEXT, { typeScript: buffer ? bufferType : 'string' });
  context.recordEdit(call.path.node, `${call.method}(key) → dump(key)${buffer ? '' : ', the Buffer read back as the UTF-8 text the source answered'}`);
}

function migrateRestore(call: ClientCall, context: RuleContext): void {
  const [key, ttl, value, ...rest] = argumentPaths(call.path);
  const serialized = value && hasOnlyPositionalArguments(call) ? bufferPayload(value, context) : undefined;
  const options = serialized ? (call.binding.library === 'ioredis' ? readIoredisOptions(rest, context) : readNodeRedisOptions(rest, context)) : undefined;
  const both = options?.some(([name]) => name === 'idletime') && options.some(([name]) => name === 'frequency');
  if (!serialized || !options || both) {
    context.flag(call.path, cannotMap(call, 'restore', 'a payload or options'));
    return;
  }
  const { j, typeScript } = context;
  setMethod(call, context, 'restore');
  setArguments(call, [asGlideString(j, key, typeScript), asGlideNumber(j, ttl, typeScript), serialized, ...(options.length > 0 ? [inlineObject(j, options)] : [])]);
  context.recordEdit(call.path.node, `${call.method}(key, ttl, value, ...) → restore(key, ttl, value${options.length > 0 ? ', { ... }' : ''})`);
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  if (entry.glide === 'dump') migrateDump(call, context);
  else migrateRestore(call, context);
}

export const dumpAndRestore = defineCallRule({
  id: 'dump-and-restore',
  phase: 'commands',
  summary: 'DUMP answers GLIDE’s Buffer (read back as text where the source answered text); RESTORE takes the payload as a Buffer and its words or options as RestoreOptions',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('dump-and-restore'),
  apply,
});
