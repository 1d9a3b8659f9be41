/**
 * `EVALSHA` with a SHA the program got elsewhere (`script('LOAD', ...)`, a constant): GLIDE has no `evalsha`, and
 * its `invokeScript` needs the script's code, so the command is sent as it is:
 * `customCommand(['EVALSHA', sha, numKeys, ...keys, ...args])`. The reply is the server's, as in the source
 * clients, and an unknown SHA still fails, so NOSCRIPT fallback code keeps working; but the error is GLIDE's
 * `RequestError` with the message `An error was signalled by the server: - NoScriptError: No matching script.`
 * instead of `NOSCRIPT No matching script.`, which the error-inspection rule flags where a handler reads it.
 * ioredis' numbers become text (support/script-arguments); node-redis' `{ keys, arguments }` become the words.
 */
import type { ExpressionKind, SpreadElementKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { literalKeyCount, scriptValue } from '../support/script-arguments.js';
import { nodeRedisScriptWords, readNodeRedisScriptOptions } from '../support/node-redis-script-options.js';
import { setArguments, setMethod } from '../commands/call-shape.js';

type Word = ExpressionKind | SpreadElementKind;

function ioredisWords(call: ClientCall, context: RuleContext): Word[] | string {
  const [, countPath, ...values] = argumentPaths(call.path);
  if (!countPath) return 'evalsha() without a key count is not migrated';
  const words = values.map((path) => scriptValue(context.j, path));
  if (words.some((word) => word === undefined)) return 'its keys and arguments are spread or held in an array, which ioredis flattens';
  const count = literalKeyCount(countPath);
  const countWord = count === undefined ? scriptValue(context.j, countPath) : context.j.stringLiteral(String(count));
  return countWord ? [countWord, ...(words as ExpressionKind[])] : 'its key count is spread or an array';
}

function nodeRedisWords(call: ClientCall, context: RuleContext): Word[] | string {
  const [, optionsPath, ...rest] = argumentPaths(call.path);
  const options = readNodeRedisScriptOptions(optionsPath);
  if (!options || rest.length > 0) return 'its options are not an object literal of keys and arguments';
  return nodeRedisScriptWords(context.j, options) ?? 'its key count is only known at run time';
}

function apply(call: ClientCall, context: RuleContext): void {
  const [shaPath] = argumentPaths(call.path);
  const words = !shaPath ? 'it has no SHA' : call.binding.library === 'ioredis' ? ioredisWords(call, context) : nodeRedisWords(call, context);
  const reason = typeof words === 'string' ? words : call.binding.topology === 'cluster' ? 'a raw EVALSHA on a cluster client is not routed by its keys with certainty' : undefined;
  if (reason || typeof words === 'string') {
    context.flag(call.path, `${call.method}(...) cannot be migrated with certainty: ${reason}; migrate it by hand`);
    return;
  }
  setMethod(call, context, 'customCommand');
  setArguments(call, [context.j.arrayExpression([context.j.stringLiteral('EVALSHA'), shaPath.node as ExpressionKind, ...words])]);
  context.recordEdit(call.path.node, `${call.method}(...) → customCommand(['EVALSHA', ...])`);
}

export const evalshaToCustomCommand = defineCallRule({
  id: 'evalsha-to-custom-command',
  phase: 'commands',
  summary: "evalsha(...) is sent as customCommand(['EVALSHA', sha, numKeys, ...]); an unknown SHA still fails, with GLIDE's wording",
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('evalsha-to-custom-command'),
  apply,
});
