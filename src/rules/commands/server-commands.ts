/**
 * Server commands whose arguments GLIDE takes in another shape: `ping(message)` becomes
 * `ping({ message })`, and the ASYNC / SYNC keyword of `flushall` / `flushdb` (node-redis `flushAll` /
 * `flushDb`) becomes a `FlushMode` member, which TypeScript requires by name. The replies are the same (`"PONG"`
 * or the message, `"OK"`); in TypeScript `ping`'s `string | Buffer` is cast back to the source's type. A mode
 * computed at run time (node-redis' `REDIS_FLUSH_MODES.ASYNC`) is flagged. `select(index)` takes a number (a
 * numeric string becomes one in TypeScript); node-redis' select resolved to undefined where GLIDE's answers
 * `"OK"`, so that reply is dropped (`void`). BGSAVE's SCHEDULE form (ioredis' `bgsave('SCHEDULE')`, node-redis'
 * `bgSave({ SCHEDULE: true })`) is GLIDE's `bgsaveSchedule()`, with the same text ("Background saving started", or
 * "Background saving scheduled" while another child such as an AOF rewrite runs; checked live in all three).
 * LOLWUT's version and the art's parameters (ioredis' `lolwut('VERSION', 5, 10, 1, 1)`, node-redis'
 * `LOLWUT(5, 10, 1, 1)`) become `lolwut({ version, parameters: [...] })`, numbers in TypeScript; the same text.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { argumentPaths, type ArgumentKind, asGlideString } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { shapeOfValue } from '../support/value-shape.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const GLIDE_NAMES: Readonly<Record<string, string>> = {
  ping: 'ping', flushall: 'flushall', flushAll: 'flushall', flushdb: 'flushdb', flushDb: 'flushdb', select: 'select', SELECT: 'select',
  bgsave: 'bgsave', bgSave: 'bgsave', BGSAVE: 'bgsave', lolwut: 'lolwut', LOLWUT: 'lolwut',
};
const FLUSH_MODES: ReadonlySet<string> = new Set(['ASYNC', 'SYNC']);

/** GLIDE's method and arguments. */
interface GlideCall {
  readonly method: string;
  readonly args: ArgumentKind[];
}

/**
 * BGSAVE with its one argument: ioredis' `'SCHEDULE'` keyword, node-redis' `{ SCHEDULE: <literal> }` (false or
 * absent is the plain form, as node-redis only sends SCHEDULE when it is truthy).
 */
function bgsaveCall(call: ClientCall, argument: ASTPath): GlideCall | undefined {
  if (call.binding.library === 'ioredis') return literalToken(argument.node) === 'SCHEDULE' ? { method: 'bgsaveSchedule', args: [] } : undefined;
  const options = objectLiteralEntries(argument);
  if (!options || [...options.keys()].some((name) => name !== 'SCHEDULE')) return undefined;
  const schedule = options.has('SCHEDULE') ? literalValue(options.get('SCHEDULE')?.node) : false;
  return typeof schedule === 'boolean' ? { method: schedule ? 'bgsaveSchedule' : 'bgsave', args: [] } : undefined;
}

/** LOLWUT's version and parameters, after ioredis' `'VERSION'` keyword: GLIDE's `{ version, parameters }`. */
function lolwutCall(call: ClientCall, context: RuleContext, paths: readonly ASTPath[]): GlideCall | undefined {
  const ioredis = call.binding.library === 'ioredis';
  if (ioredis && literalToken(paths[0].node) !== 'VERSION') return undefined;
  // ioredis types the version `number | string`: in TypeScript one whose shape the syntax does not show is read as Number(...).
  const asNumber = (path: ASTPath) =>
    ioredis && context.typeScript && shapeOfValue(path) === 'unknown'
      ? context.j.callExpression(context.j.identifier('Number'), [path.node as unknown as ExpressionKind])
      : asGlideNumber(context.j, path, context.typeScript);
  const [version, ...parameters] = (ioredis ? paths.slice(1) : paths).map(asNumber);
  if (!version) return undefined;
  const options: [string, ExpressionKind][] = [['version', version]];
  if (parameters.length > 0) options.push(['parameters', context.j.arrayExpression(parameters)]);
  return { method: 'lolwut', args: [inlineObject(context.j, options)] };
}

/** GLIDE's method and arguments, or undefined when the source's arguments are not known from the syntax. */
function glideCall(call: ClientCall, context: RuleContext, glide: string): GlideCall | undefined {
  const paths = argumentPaths(call.path);
  if (paths.length === 0) return { method: glide, args: [] };
  if (glide === 'lolwut') return hasOnlyPositionalArguments(call) ? lolwutCall(call, context, paths) : undefined;
  if (paths.length > 1 || !hasOnlyPositionalArguments(call)) return undefined;
  if (glide === 'bgsave') return bgsaveCall(call, paths[0]);
  if (glide === 'ping') return { method: glide, args: [inlineObject(context.j, [['message', asGlideString(context.j, paths[0], context.typeScript)]])] };
  if (glide === 'select') return { method: glide, args: [asGlideNumber(context.j, paths[0], context.typeScript)] };
  const mode = literalToken(paths[0].node);
  return mode && FLUSH_MODES.has(mode) ? { method: glide, args: [glideEnumMember(context, 'FlushMode', mode)] } : undefined;
}

/** node-redis' select resolved to undefined: GLIDE's "OK" is dropped where the program reads it. */
const NO_REPLY: ReplyConversion = { singleUse: true, convert: (reply, { j }) => j.unaryExpression('void', reply) };

/** ioredis types `ping()` as `'PONG'`; a ping with a message, and node-redis' ping, as `string`. */
function pingReplyType(call: ClientCall): string {
  return call.binding.library === 'ioredis' && call.path.node.arguments.length === 0 ? "'PONG'" : 'string';
}

function apply(call: ClientCall, context: RuleContext): void {
  const glide = GLIDE_NAMES[call.method];
  if (!glide) return;
  const replyType = glide === 'ping' ? pingReplyType(call) : undefined;
  const glideForm = glideCall(call, context, glide);
  if (!glideForm || (glide === 'select' && glideForm.args.length === 0)) {
    context.flag(call.path, cannotMap(call, glide));
    return;
  }
  const { method, args } = glideForm;
  const rewritten = call.path.node.arguments.length > 0 || method !== call.method;
  setMethod(call, context, method);
  setArguments(call, args);
  const cast = context.convertReply(call, glide === 'select' && call.binding.library === 'node-redis' ? NO_REPLY : undefined, { typeScript: replyType });
  if (rewritten) context.recordEdit(call.path.node, `${call.method}(...) → ${method}(...) with GLIDE's argument shape`);
  else if (cast) context.recordEdit(call.path.node, `${method}() reply cast to ${replyType}`);
}

export const serverCommands = defineCallRule({
  id: 'server-commands',
  phase: 'commands',
  summary: 'ping(message) takes { message } in GLIDE, the flushall / flushdb mode a FlushMode member, select a number (node-redis read no reply), BGSAVE SCHEDULE is bgsaveSchedule(), and LOLWUT’s version lolwut({ version, parameters })',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: {
    ioredis: ['ping', 'flushall', 'flushdb', 'select', 'bgsave', 'lolwut'],
    'node-redis': ['ping', 'flushAll', 'flushDb', 'select', 'SELECT', 'bgSave', 'BGSAVE', 'LOLWUT'],
  },
  apply,
});
