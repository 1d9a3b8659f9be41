/**
 * Raw commands: ioredis' `call('GET', key)` and node-redis' `sendCommand(['GET', key])` are restated as the source
 * client's own method for the command (`get(key)`), which the command's rule then migrates to GLIDE's typed method,
 * its reply converted as for any other call. Nothing is sent through `customCommand` that GLIDE has a method for.
 *
 * - ioredis builds the same command from `call(name, ...args)` as from its method of that name: the arguments are
 *   flattened alike and the reply is the server's. The one exception is HGETALL, whose reply ioredis turns into an
 *   object only when the command is named in lower case (`call('hgetall', ...)`, as its method names it).
 * - node-redis' methods take typed arguments, not words, so a raw call is restated only for the catalogue entries
 *   whose method takes the command's words in order (`RESTATABLE`); their replies are the ones `sendCommand` gives
 *   under node-redis 6's RESP3, as the rule's tour fixtures prove against valkey-server. A command GLIDE has no
 *   typed method for (ACL SETUSER, MEMORY USAGE: the catalogue's `custom-command` entries) is sent with the same
 *   words through `customCommand([...])`, node-redis method or not.
 *
 * A command computed at run time, words spread into the call, or a command no rule migrates keeps its client as
 * written: the codemod cannot know what the program expects from the reply.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { COMMAND_CATALOGUE, entriesMigratedBy, type CommandEntry, type CommandMigration, type EntryOf } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, type ArgumentKind } from '../support/arguments.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { isCastByProgram } from '../support/cast-by-program.js';
import { mapReplyConversion } from '../support/map-reply.js';
import { ioredisReshapesReply } from '../../knowledge/ioredis-reshaped-replies.js';
import { sourceTextOf } from '../../ast/position.js';
import { setArguments, setMethod } from './call-shape.js';

const CUSTOM_COMMANDS = entriesMigratedBy('custom-command');

/** The migrations whose node-redis methods take the command's words as positional arguments, and how. */
const RESTATABLE: ReadonlySet<CommandMigration['rule']> = new Set(['same-shape-commands', 'boolean-reply-to-integer', 'custom-command', 'variadic-arguments-to-array']);

/**
 * Commands of other rules whose node-redis method takes the command's words in order when given exactly this many
 * (more are options it takes in another shape), and answers what `sendCommand` does (GEODIST does not: geoDist()
 * answers a number, sendCommand the server's text).
 */
const POSITIONAL_IN_NODE_REDIS: Readonly<Record<string, number>> = {
  GETSET: 2, SETNX: 2, SETEX: 3, PSETEX: 3, INCRBYFLOAT: 2, HINCRBYFLOAT: 3, LINSERT: 4, LMOVE: 4, ZSCORE: 2, ZINCRBY: 3, ZRANK: 2, ZREVRANK: 2, BITCOUNT: 1,
  HSET: 3, 'CONFIG GET': 1, 'CONFIG SET': 2, LCS: 2, SORT: 1, DUMP: 1, BGSAVE: 0,
};

/** ioredis' method of that name reshapes the reply the server's pairs (knowledge/ioredis-reshaped-replies.ts). */
function answersPairs(method: string, rest: readonly ASTPath[]): boolean {
  return method !== 'hgetall' && ioredisReshapesReply(method, rest.map((path) => literalToken(path.node) ?? '')) === true;
}

const UNKNOWN_WORDS = "its command is computed at run time or its words are spread, so what GLIDE would answer is unknown";

function elementPaths(call: ClientCall): readonly ASTPath[] | undefined {
  const paths = argumentPaths(call.path);
  const array = paths[0]?.node as NodeLike | undefined;
  if (paths.length !== 1 || array?.type !== 'ArrayExpression') return undefined;
  const elements = array.elements as readonly (NodeLike | null)[];
  if (elements.some((element) => !element || element.type === 'SpreadElement')) return undefined;
  return elements.map((_, index) => paths[0].get('elements', index) as ASTPath);
}

/** Whether node-redis' method for the entry takes these arguments (the words after the command's) in order. */
function takesWordsInOrder(entry: CommandEntry, argumentCount: number): boolean {
  return RESTATABLE.has(entry.migration.rule) || POSITIONAL_IN_NODE_REDIS[entry.command] === argumentCount;
}

/** The catalogue entry a node-redis raw call names, with how many of its words are the command's. */
function nodeRedisEntry(words: readonly ASTPath[]): { entry: CommandEntry; wordCount: number } | undefined {
  const [first, second] = words.slice(0, 2).map((path) => literalToken(path.node));
  if (!first) return undefined;
  for (const [name, wordCount] of [[`${first} ${second}`, 2], [first, 1]] as const) {
    const entry = COMMAND_CATALOGUE.find((candidate) => candidate.command === name && candidate.nodeRedis.length > 0);
    if (entry && takesWordsInOrder(entry, words.length - wordCount)) return { entry, wordCount };
  }
  return undefined;
}

/**
 * `call('GET', key)` as `get(key)`, and a container's `call('OBJECT', 'ENCODING', key)` as `object('ENCODING', key)`,
 * whose rule reads the subcommand; undefined when it is not the same command.
 */
function restateIoredis(call: ClientCall, context: RuleContext): string | undefined {
  const [command, ...rest] = argumentPaths(call.path);
  const written = command && literalValue(command.node);
  if (typeof written !== 'string' || rest.some((path) => (path.node as NodeLike).type === 'SpreadElement')) return UNKNOWN_WORDS;
  const method = written.toLowerCase();
  if (method === 'hgetall' && written !== 'hgetall') return "ioredis answered call('HGETALL') with the server's flat list, its hgetall() (and GLIDE's) with an object";
  if (written !== method && answersPairs(method, rest)) return `ioredis answered call('${written}', ...) with RESP3's nested pairs and its ${method}() with the flat list the migration gives`;
  if (!/^[a-z_]+$/.test(method)) return `no rule migrates ${written}`;
  setMethod(call, context, method);
  setArguments(call, rest.map((path) => path.node as unknown as ArgumentKind));
  return context.restate(call, method) ? undefined : `no rule migrates ${written.toUpperCase()} yet`;
}

/** The catalogue's entry for a command GLIDE has no typed method for, that the words name, with its word count. */
function customCommandEntry(words: readonly ASTPath[]): { entry: EntryOf<'custom-command'>; wordCount: number } | undefined {
  const [first, second] = words.slice(0, 2).map((path) => literalToken(path.node));
  for (const [name, wordCount] of [[`${first} ${second}`, 2], [first, 1]] as const) {
    const entry = CUSTOM_COMMANDS.find((candidate) => candidate.command === name);
    if (entry) return { entry, wordCount };
  }
  return undefined;
}

/**
 * `sendCommand(['ACL', 'SETUSER', user, ...rules])` as `customCommand([...])`, the same words, for a command GLIDE
 * has no typed method for and whose reply the catalogue knows is the same (with or without a node-redis method).
 */
function sendAsCustomCommand(call: ClientCall, context: RuleContext, entry: EntryOf<'custom-command'>, argumentCount: number): string | undefined {
  const { parameters, rest, mapReply } = entry.migration;
  const replyType = entry.migration.nodeRedisReplyType ?? entry.migration.replyType;
  const fits = rest ? argumentCount >= parameters.length : argumentCount === parameters.length;
  if (!fits) return `${entry.command} takes ${parameters.length}${rest ? ' or more' : ''} argument(s) after its words`;
  const cast = typeArgumentOf(call) ?? (isCastByProgram(call.path) ? undefined : replyType);
  setMethod(call, context, 'customCommand');
  // sendCommand answers a map as memoryStats() does (an object, a nested map an object; checked live).
  context.convertReply(call, mapReply && mapReplyConversion('node-redis', mapReply.doubles), { typeScript: cast });
  context.recordEdit(call.path.node, `${call.method}(['${entry.migration.words.join("', '")}', ...]) → customCommand([...]): GLIDE has no typed method for ${entry.command}`);
  return undefined;
}

/** `sendCommand(['DEL', a, b])` as `del([a, b])`, `sendCommand(['GET', key])` as `get(key)`. */
function restateNodeRedis(call: ClientCall, context: RuleContext): string | undefined {
  const words = elementPaths(call);
  const command = words && literalToken(words[0]?.node);
  if (!words || !command) return UNKNOWN_WORDS;
  const custom = customCommandEntry(words);
  if (custom) return sendAsCustomCommand(call, context, custom.entry, words.length - custom.wordCount);
  const named = nodeRedisEntry(words);
  if (!named) {
    const entry = COMMAND_CATALOGUE.find((candidate) => candidate.command === command && candidate.nodeRedis.length > 0);
    return entry
      ? `node-redis' ${entry.nodeRedis[0]}() takes other arguments than the command's words, so the call cannot be restated as it`
      : `no rule migrates ${command} yet`;
  }
  const { entry, wordCount } = named;
  const method = entry.nodeRedis[0];
  const values = words.slice(wordCount).map((path) => path.node as unknown as ExpressionKind);
  const leading = entry.migration.rule === 'variadic-arguments-to-array' ? entry.migration.leading : undefined;
  const args = leading === undefined ? values : [...values.slice(0, leading), context.j.arrayExpression(values.slice(leading))];
  setMethod(call, context, method);
  setArguments(call, args);
  return context.restate(call, method, typeArgumentOf(call)) ? undefined : `no rule migrates ${entry.command} yet`;
}

/**
 * node-redis' `sendCommand<T>([...])`: the type the program gave the reply, taken off the call (the method it is
 * restated as has no such type parameter) and kept as the reply's cast.
 */
function typeArgumentOf(call: ClientCall): string | undefined {
  const node = call.path.node as { typeParameters?: { params: readonly unknown[] } | null };
  const params = node.typeParameters?.params;
  const text = params?.length === 1 ? sourceTextOf(params[0]) : undefined;
  if (params) node.typeParameters = null;
  return text;
}

function apply(call: ClientCall, context: RuleContext): void {
  if (call.method === 'addCommand' && call.batch?.role !== 'entry') {
    context.flag(call.path, 'addCommand() queues a raw command on a node-redis multi(); called on the client it is not a command the codemod knows');
    return;
  }
  const node = call.path.node as typeof call.path.node & { typeParameters?: unknown };
  const original = { callee: (node.callee as { property: unknown }).property, arguments: [...node.arguments], typeParameters: node.typeParameters };
  const ioredis = call.binding.library === 'ioredis';
  const reason = ioredis ? restateIoredis(call, context) : restateNodeRedis(call, context);
  if (reason === undefined) return;
  (node.callee as { property: unknown }).property = original.callee;
  node.arguments = original.arguments;
  node.typeParameters = original.typeParameters;
  const shown = ioredis ? `${call.method}(...)` : `${call.method}([...])`;
  context.flag(call.path, `${shown} is a raw command the codemod cannot migrate: ${reason}; migrate it by hand`);
}

export const rawCommands = defineCallRule({
  id: 'raw-commands',
  phase: 'commands',
  summary: 'ioredis call(...) and node-redis sendCommand([...]) (addCommand([...]) on a multi) are restated as the client’s own method for the command and migrated by its rule',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['call'], 'node-redis': ['sendCommand', 'addCommand'] },
  apply,
});
