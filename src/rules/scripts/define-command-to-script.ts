/**
 * ioredis' `redis.defineCommand('name', { numberOfKeys, lua })` adds a method running the script by EVALSHA
 * (falling back to EVAL); GLIDE has no such methods. The definition is removed, a `Script` is created once at
 * module level for its code (support/script-declaration), and each `redis.name(...)` call becomes
 * `redis.invokeScript(nameScript, { keys, args })`: the first `numberOfKeys` values are the keys, or, without
 * `numberOfKeys`, the count is the call's first argument (a literal). Numbers become text, which GLIDE would
 * otherwise send as empty strings (support/script-arguments). The reply is the script's, as ioredis gave it.
 * A definition whose code or key count is not known from the syntax, a call whose keys cannot be told from its
 * arguments, and a definition whose value is used are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf } from '../../ast/node.js';
import { enclosingStatement } from '../../ast/todo-comments.js';
import { argumentPaths } from '../support/arguments.js';
import { readCommandDefinition } from '../support/command-definition.js';
import { queueScriptEval } from '../support/script-in-batch.js';
import { declaredCommandReply } from '../support/ioredis-command-typing.js';
import { entryComments } from '../support/script-entry-comments.js';
import { SCRIPT_CLASH, isDeclaredScript, scriptFor } from '../support/script-declaration.js';
import { invokeScriptOptions, ioredisScriptInputs, literalKeyCount } from '../support/script-arguments.js';
import { removeStatementKeepingComments } from '../support/statements.js';
import { setArguments, setMethod } from '../commands/call-shape.js';

/**
 * The definition's comments describe the script: where its Script was declared right above it, they go there;
 * otherwise to the next statement.
 */
function removeDefinitionStatement(context: RuleContext, statement: ASTPath): void {
  const body = statement.parent ? (nodeOf(statement.parent).body as unknown[] | undefined) : undefined;
  const previous = body?.[body.indexOf(statement.node) - 1] as { comments?: unknown[] | null } | undefined;
  const carried = (statement.node as { comments?: unknown[] | null }).comments ?? [];
  if (!previous || carried.length === 0 || !isDeclaredScript(context.file, previous)) {
    removeStatementKeepingComments(statement);
    return;
  }
  previous.comments = [...(previous.comments ?? []), ...carried];
  statement.prune();
}

function removeDefinition(call: ClientCall, context: RuleContext): string | undefined {
  const statement = enclosingStatement(call.path);
  const definition = readCommandDefinition(call.path);
  if (typeof definition === 'string') return definition;
  if (call.resultUse.used || nodeOf(statement).type !== 'ExpressionStatement' || statement.node !== call.path.parent?.node) {
    return 'its value is used, or it is not a statement of its own';
  }
  context.afterRules(() => removeDefinitionStatement(context, statement));
  context.recordEdit(call.path.node, 'defineCommand(...) removed: its script runs through a Script created at module level');
  return undefined;
}

function runDefined(call: ClientCall, context: RuleContext): string | undefined {
  const { j } = context;
  const script = call.definedScript;
  if (!script) return 'its name is computed at run time';
  const definition = readCommandDefinition(script.definition);
  if (typeof definition === 'string') return `its definition cannot be migrated: ${definition}`;
  const paths = argumentPaths(call.path);
  const keyCount = definition.keyCount ?? literalKeyCount(paths[0]);
  if (keyCount === undefined) return 'its key count is only known at run time';
  const inputs = ioredisScriptInputs(j, definition.keyCount === undefined ? paths.slice(1) : paths, keyCount);
  if (!inputs) return 'its keys and arguments are spread or held in an array, which ioredis flattens, or fewer than its key count';
  if (call.batch?.role === 'entry') {
    return queueScriptEval(call, context, definition.code, inputs.keys, inputs.args);
  }
  const options = invokeScriptOptions(j, {
    keys: inputs.keys.length > 0 ? j.arrayExpression([...inputs.keys]) : undefined,
    args: inputs.args.length > 0 ? j.arrayExpression([...inputs.args]) : undefined,
  });
  const scriptName = scriptFor(context, definition.code, call.path, script.name, { definition: script.definition, comments: entryComments(script.definition) });
  if (!scriptName) return SCRIPT_CLASH;
  setMethod(call, context, 'invokeScript');
  setArguments(call, options ? [scriptName, options] : [scriptName]);
  const declared = context.typeScript ? declaredCommandReply(context.file, script.name) : undefined;
  if (declared) context.convertReply(call, undefined, { typeScript: declared });
  context.recordEdit(call.path.node, `${call.method}(...) → invokeScript(${script.name}Script, { keys, args })`);
  return undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const defining = call.method === 'defineCommand' && !call.definedScript;
  const reason = defining ? removeDefinition(call, context) : runDefined(call, context);
  if (reason) context.flag(call.path, `${defining ? 'defineCommand(...)' : `${call.method}(...), a command defined with defineCommand,`} cannot be migrated with certainty: ${reason}; migrate it by hand`);
}

export const defineCommandToScript = defineCallRule({
  id: 'define-command-to-script',
  phase: 'commands',
  summary: 'ioredis defineCommand(name, { numberOfKeys, lua }) becomes a Script created once at module level; redis.name(...) becomes invokeScript(script, { keys, args })',
  clients: ['ioredis'],
  safety: 'exact',
  commands: { ioredis: ['defineCommand'] },
  definedScripts: true,
  apply,
});
