/**
 * `EVAL`: GLIDE has no `eval`; it runs Lua through a `Script` object and `invokeScript(script, { keys, args })`
 * (EVALSHA, loading the script on NOSCRIPT). ioredis' `eval(code, numKeys, ...keysAndArgs)` and node-redis'
 * `eval(code, { keys, arguments })` with code known at module level (a literal or a module-level constant) become
 * `invokeScript` on a `Script` created once at module level for that text (support/script-declaration). ioredis'
 * numbers and booleans are turned into text, which GLIDE would otherwise send as empty strings
 * (support/script-arguments). Where the code or the key count is computed at the call, the command is sent as it
 * is, `customCommand(['EVAL', code, numKeys, ...])`, which gives the same reply without a Script per call. Script
 * replies are the server's in all three clients (Lua true → 1, false and nil → null, nested tables as arrays,
 * status replies as text); error replies are reworded by GLIDE, which the error-inspection rule flags where read.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind, SpreadElementKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { findScriptCode } from '../support/script-code.js';
import { SCRIPT_CLASH, scriptFor } from '../support/script-declaration.js';
import { invokeScriptOptions, ioredisScriptInputs, literalKeyCount, scriptValue } from '../support/script-arguments.js';
import { nodeRedisScriptWords, readNodeRedisScriptOptions } from '../support/node-redis-script-options.js';
import { setArguments, setMethod } from '../commands/call-shape.js';
import { scriptNameHint } from '../support/script-name-hint.js';

type Word = ExpressionKind | SpreadElementKind;

function rawEval(call: ClientCall, context: RuleContext, code: ASTPath, words: readonly Word[]): void {
  setMethod(call, context, 'customCommand');
  setArguments(call, [context.j.arrayExpression([context.j.stringLiteral('EVAL'), code.node as ExpressionKind, ...words])]);
  context.recordEdit(call.path.node, "eval(...) → customCommand(['EVAL', ...]): the code is only known at the call");
}

function invoke(call: ClientCall, context: RuleContext, script: ExpressionKind, options: ExpressionKind | undefined): void {
  setMethod(call, context, 'invokeScript');
  setArguments(call, options ? [script, options] : [script]);
  context.recordEdit(call.path.node, 'eval(...) → invokeScript(script, { keys, args })');
}

function ioredisEval(call: ClientCall, context: RuleContext): string | undefined {
  const { j } = context;
  const [codePath, countPath, ...values] = argumentPaths(call.path);
  if (!codePath || !countPath) return 'eval() without a key count is not migrated';
  const code = findScriptCode(codePath);
  const count = literalKeyCount(countPath);
  const inputs = count === undefined ? undefined : ioredisScriptInputs(j, values, count);
  if (code && inputs) {
    const options = invokeScriptOptions(j, {
      keys: inputs.keys.length > 0 ? j.arrayExpression([...inputs.keys]) : undefined,
      args: inputs.args.length > 0 ? j.arrayExpression([...inputs.args]) : undefined,
    });
    const script = scriptFor(context, code, call.path, scriptNameHint(call.path, code));
    if (!script) return SCRIPT_CLASH;
    invoke(call, context, script, options);
    return undefined;
  }
  const words = values.map((path) => scriptValue(j, path));
  if (words.some((word) => word === undefined)) return 'its keys and arguments are spread or held in an array, which ioredis flattens; where keys end and arguments begin is only known at run time';
  if (call.binding.topology === 'cluster') return 'its code or key count is only known at run time, and a raw EVAL on a cluster client is not routed by its keys with certainty';
  const countWord = count === undefined ? scriptValue(j, countPath) : j.stringLiteral(String(count));
  rawEval(call, context, codePath, [countWord as ExpressionKind, ...(words as ExpressionKind[])]);
  return undefined;
}

function nodeRedisEval(call: ClientCall, context: RuleContext): string | undefined {
  const { j } = context;
  const [codePath, optionsPath, ...rest] = argumentPaths(call.path);
  const options = readNodeRedisScriptOptions(optionsPath);
  if (!codePath || rest.length > 0 || !options) return 'its options are not an object literal of keys and arguments';
  const code = findScriptCode(codePath);
  if (code) {
    const glideOptions = invokeScriptOptions(j, { keys: options.keys?.node as ExpressionKind | undefined, args: options.args?.node as ExpressionKind | undefined });
    const script = scriptFor(context, code, call.path, scriptNameHint(call.path, code));
    if (!script) return SCRIPT_CLASH;
    invoke(call, context, script, glideOptions);
    return undefined;
  }
  const words = nodeRedisScriptWords(j, options);
  if (!words) return 'its key count is only known at run time';
  if (call.binding.topology === 'cluster') return 'its code is only known at run time, and a raw EVAL on a cluster client is not routed by its keys with certainty';
  rawEval(call, context, codePath, words);
  return undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const reason = call.binding.library === 'ioredis' ? ioredisEval(call, context) : nodeRedisEval(call, context);
  if (reason) context.flag(call.path, `${call.method}(...) cannot be migrated with certainty: ${reason}; migrate it by hand`);
}

export const evalToInvokeScript = defineCallRule({
  id: 'eval-to-invoke-script',
  phase: 'commands',
  summary: 'eval(...) runs a Script created once at module level through invokeScript(script, { keys, args }), numbers turned into text',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('eval-to-invoke-script'),
  apply,
});
