/**
 * node-redis' `createClient({ scripts: { name: defineScript({ SCRIPT, NUMBER_OF_KEYS, parseCommand }) } })` adds a
 * method per script that sends EVALSHA (falling back to EVAL) with the words its `parseCommand` (v4:
 * `transformArguments`) builds from the call's arguments; GLIDE clients have no such methods. The `scripts` option
 * is left out of GLIDE's configuration (the construction rule), a `Script` is created once at module level for each
 * script's code (support/script-declaration), and each `client.name(...)` becomes
 * `client.invokeScript(nameScript, { keys, args })`, its words built from the call's arguments as the definition
 * builds them (support/script-definition): the first NUMBER_OF_KEYS are the keys. node-redis' words are strings
 * or Buffers, which GLIDE sends as they are. The reply is the script's, as node-redis gave it.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths } from '../support/arguments.js';
import { readScriptDefinition, type ScriptWord } from '../support/script-definition.js';
import { SCRIPT_CLASH, scriptFor } from '../support/script-declaration.js';
import { entryComments } from '../support/script-entry-comments.js';
import { invokeScriptOptions } from '../support/script-arguments.js';
import { literalValue } from '../../ast/literal-value.js';
import { setArguments, setMethod } from '../commands/call-shape.js';
import { queueScriptEval } from '../support/script-in-batch.js';

function wordNode(context: RuleContext, word: ScriptWord, args: readonly ExpressionKind[]): ExpressionKind {
  const { j } = context;
  if ('text' in word) return j.stringLiteral(word.text);
  const value = args[word.param];
  const written = literalValue(value);
  // `(5).toString()` and `String(5)` are the literal's text.
  if (word.form !== 'as-is' && (typeof written === 'number' || typeof written === 'string')) return j.stringLiteral(String(written));
  if (word.form === 'toString') return j.callExpression(j.memberExpression(value, j.identifier('toString')), []);
  return word.form === 'String' ? j.callExpression(j.identifier('String'), [value]) : value;
}

function migrate(call: ClientCall, context: RuleContext): string | undefined {
  const { j } = context;
  const script = call.definedScript;
  if (!script) return 'it is not known to run a script of the client';
  const definition = readScriptDefinition(script.definition);
  if (typeof definition === 'string') return `its definition cannot be migrated: ${definition}`;
  const args = argumentPaths(call.path).map((path) => path.node);
  if (args.length !== definition.arity || args.some((node) => node.type === 'SpreadElement')) return `it is not given exactly the ${definition.arity} argument(s) its definition reads`;
  const words = definition.words.map((word) => wordNode(context, word, args as ExpressionKind[]));
  const keys = words.slice(0, definition.keyCount);
  const rest = words.slice(definition.keyCount);
  if (call.batch?.role === 'entry') {
    return queueScriptEval(call, context, definition.code, keys, rest);
  }
  const options = invokeScriptOptions(j, {
    keys: keys.length > 0 ? j.arrayExpression(keys) : undefined,
    args: rest.length > 0 ? j.arrayExpression(rest) : undefined,
  });
  const scriptName = scriptFor(context, definition.code, call.path, script.name, { definition: script.definition, comments: entryComments(script.definition) });
  if (!scriptName) return SCRIPT_CLASH;
  setMethod(call, context, 'invokeScript');
  setArguments(call, options ? [scriptName, options] : [scriptName]);
  if (definition.replyType) context.convertReply(call, undefined, { typeScript: definition.replyType });
  context.recordEdit(call.path.node, `${call.method}(...) → invokeScript(${script.name}Script, { keys, args })`);
  return undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const reason = migrate(call, context);
  if (reason) context.flag(call.path, `${call.method}(...), a script of the client's scripts option, cannot be migrated with certainty: ${reason}; migrate it by hand`);
}

export const defineScriptToScript = defineCallRule({
  id: 'define-script-to-script',
  phase: 'commands',
  summary: "node-redis createClient({ scripts: { name: defineScript(...) } }) becomes a Script created once at module level; client.name(...) becomes invokeScript(script, { keys, args })",
  clients: ['node-redis'],
  safety: 'exact',
  commands: { 'node-redis': [] },
  definedScripts: true,
  apply,
});
