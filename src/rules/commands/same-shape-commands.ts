/**
 * Commands whose arguments and replies are the same in GLIDE, up to the method's name (`incrby` → `incrBy`,
 * node-redis `hGet` → `hget`); the catalogue (`src/knowledge/commands/`) lists them. ioredis' `*Buffer` twins
 * (`getBuffer`) answer Buffers: GLIDE's method with `{ decoder: Decoder.Bytes }`, which answers Buffers too. In TypeScript the reply is cast back to the source client's type, because
 * GLIDE types string replies as `string | Buffer` while the program was written for `string`. A keyword GLIDE takes
 * as an enum member (CLIENT PAUSE's mode, `ClientPauseMode.WRITE`) is written as the member; see keyword-enum-argument.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall, isContainerMethod, type EntryOf } from '../../knowledge/commands/catalogue.js';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { literalToken } from '../../ast/literal-token.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';
import { keywordEnumArgument } from '../support/keyword-enum-argument.js';
import { argumentPaths } from '../support/arguments.js';

const COMMANDS = entriesMigratedBy('same-shape-commands');

/** The reply type of a `*Buffer` twin: Buffers where the string method answered strings. */
const asBufferType = (replyType: string | undefined) => replyType?.replace(/\bstring\b/g, 'Buffer');

/**
 * The `e` parameters (after ioredis' subcommand, `skip` arguments) as GLIDE's enum members, by position; undefined
 * when one is a literal that is no member.
 */
function keywordArguments(call: ClientCall, context: RuleContext, migration: EntryOf<'same-shape-commands'>['migration'], skip: number): Map<number, ExpressionKind> | undefined {
  const keywords = new Map<number, ExpressionKind>();
  const { keywordEnum, parameters } = migration;
  for (const [index, path] of argumentPaths(call.path).slice(skip).entries()) {
    if (parameters[index] !== 'e' || !keywordEnum) continue;
    const member = keywordEnumArgument(context, path, keywordEnum);
    if (!member) return undefined;
    keywords.set(index, member);
  }
  return keywords;
}

function apply(call: ClientCall, context: RuleContext): void {
  const ioredis = call.binding.library === 'ioredis';
  const container = ioredis && isContainerMethod(COMMANDS, call.method);
  const subcommand = container ? literalToken(call.path.node.arguments[0]) : undefined;
  const entry = entryForCall(COMMANDS, call.binding.library, call.method, subcommand);
  if (!entry) {
    const what = subcommand ? `the ${subcommand} subcommand` : 'a subcommand computed at run time';
    if (container) context.flag(call.path, `${call.method}() with ${what} is not migrated by this codemod yet; left as it is`);
    return;
  }
  const { parameters } = entry.migration;
  const buffers = ioredis && (entry.ioredisBuffer ?? []).includes(call.method);
  // ioredis' container method takes the subcommand first: GLIDE's method takes what follows it.
  const count = call.path.node.arguments.length - (container ? 1 : 0);
  // The decoder option goes after every positional parameter, so a Buffer twin needs them all.
  if (!hasOnlyPositionalArguments(call) || count > parameters.length || (buffers && count !== parameters.length)) {
    context.flag(call.path, cannotMap(call, entry.glide));
    return;
  }
  const keywords = keywordArguments(call, context, entry.migration, container ? 1 : 0);
  if (!keywords) {
    context.flag(call.path, cannotMap(call, entry.glide));
    return;
  }
  const replyType = buffers ? asBufferType(entry.migration.replyType) : entry.migration.replyType;
  if (container) call.path.node.arguments = call.path.node.arguments.slice(1);
  setMethod(call, context, entry.glide);
  const decoder = buffers ? [inlineObject(context.j, [['decoder', glideEnumMember(context, 'Decoder', 'Bytes')]])] : [];
  const positional = coercePositional(call, context, parameters).map((argument, index) => keywords.get(index) ?? argument);
  setArguments(call, [...positional, ...decoder]);
  const cast = context.convertReply(call, undefined, { typeScript: replyType });
  if (buffers) context.recordEdit(call.path.node, `${call.method}() → ${entry.glide}(..., { decoder: Decoder.Bytes })`);
  else if (call.method !== entry.glide) context.recordEdit(call.path.node, `${call.method}() → ${entry.glide}()`);
  else if (cast) context.recordEdit(call.path.node, `${entry.glide}() reply cast to ${replyType}`);
}

export const sameShapeCommands = defineCallRule({
  id: 'same-shape-commands',
  phase: 'commands',
  summary: 'Commands with the same arguments and replies in GLIDE keep their call, under GLIDE’s method name',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('same-shape-commands'),
  apply,
});
