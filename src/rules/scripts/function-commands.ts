/**
 * Function libraries: ioredis' one `function(subcommand, ...)` method (and `functionBuffer('DUMP')`) and
 * node-redis' `function*` methods become GLIDE's methods (each checked against a server):
 * - FUNCTION LOAD: `function('LOAD', [ 'REPLACE', ] code)` and `functionLoad(code, { REPLACE })` become
 *   `functionLoad(code, { replace: true })`, which answers the library's name as both did;
 * - FUNCTION DELETE: `function('DELETE', name)` and `functionDelete(name)` become `functionDelete(name)`, `OK`;
 * - FUNCTION LIST: the words `LIBRARYNAME pattern` and `WITHCODE` (node-redis: `{ LIBRARYNAME }` and
 *   `functionListWithCode`) become `functionList({ libNamePattern, withCode })`, whose records are read back as
 *   ioredis' lists (see function-list-reply);
 * - FUNCTION STATS: `functionStats()`, the one node's record taken (see function-stats-reply);
 * - FUNCTION DUMP: `functionDump()` answers a Buffer, as `functionBuffer('DUMP')` did; ioredis' `function('DUMP')`
 *   and node-redis' `functionDump()` answered it as UTF-8 text, rebuilt with `toString()` where it is read;
 * - FUNCTION RESTORE: `functionRestore(payload, FunctionRestorePolicy.APPEND | FLUSH | REPLACE)`, `OK`;
 * - FUNCTION FLUSH: `functionFlush(FlushMode.ASYNC | SYNC)` and FUNCTION KILL: `functionKill()`, `OK`; with no
 *   function running KILL fails as before (NOTBUSY), with GLIDE's error, which the error-inspection rule looks after.
 * A cluster client is flagged: GLIDE's cluster function methods are routed by their own default, where the source
 * clients sent the command to one node. FUNCTION DUMP queued in a batch is flagged: the batch decodes every reply
 * with its one decoder, text by default, and fails on the payload's bytes. Other subcommands and arguments are
 * flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { bufferPayload } from '../support/buffer-payload.js';
import { functionListAsArrays, functionListType } from '../support/function-list-reply.js';
import { FUNCTION_STATS_AS_ARRAYS, FUNCTION_STATS_OF_THE_NODE, FUNCTION_STATS_TYPE } from '../support/function-stats-reply.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { inlineObject } from '../../ast/inline-object.js';
import { applyMethodMigration, FLUSH_MODES, type MethodMigration } from '../support/method-migration.js';


const RESTORE_POLICIES: ReadonlySet<string> = new Set(['APPEND', 'FLUSH', 'REPLACE']);

/** GLIDE's Buffer as the UTF-8 text `function('DUMP')` and node-redis' `functionDump()` answered. */
const AS_TEXT: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => new CodeTemplate().node(reply).text('.toString()').toExpression(j),
};

function load(code: ExpressionKind, replace: boolean, context: RuleContext): MethodMigration {
  const args = replace ? [code, inlineObject(context.j, [['replace', context.j.booleanLiteral(true)]])] : [code];
  return { method: 'functionLoad', args, typeScript: 'string', summary: `functionLoad(code${replace ? ', { replace: true }' : ''})` };
}

function list(pattern: ASTPath | undefined, withCode: boolean, ioredis: boolean, context: RuleContext): MethodMigration {
  const { j, typeScript } = context;
  const options: [string, ExpressionKind][] = [];
  if (pattern) options.push(['libNamePattern', asGlideString(j, pattern, typeScript)]);
  if (withCode) options.push(['withCode', j.booleanLiteral(true)]);
  const args = options.length > 0 ? [inlineObject(j, options)] : [];
  return ioredis
    ? { method: 'functionList', args, conversion: functionListAsArrays(withCode), typeScript: 'unknown[]', summary: "functionList(...), its records read back as ioredis' lists" }
    : { method: 'functionList', args, typeScript: functionListType(withCode), summary: `functionList(${options.length > 0 ? '{ ... }' : ''})` };
}

function modeOf(path: ASTPath | undefined, modes: ReadonlySet<string>): string | undefined | null {
  if (!path) return undefined;
  const mode = literalToken(path.node);
  return mode && modes.has(mode) ? mode : null;
}

function flush(path: ASTPath | undefined, context: RuleContext): MethodMigration | string {
  const mode = modeOf(path, FLUSH_MODES);
  if (mode === null) return 'its flush mode is not ASYNC or SYNC as written';
  return { method: 'functionFlush', args: mode ? [glideEnumMember(context, 'FlushMode', mode)] : [], summary: `functionFlush(${mode ? `FlushMode.${mode}` : ''})` };
}

function restore(payload: ASTPath, policy: ASTPath | undefined, context: RuleContext): MethodMigration | string {
  const buffer = bufferPayload(payload, context);
  const mode = modeOf(policy, RESTORE_POLICIES);
  if (!buffer) return 'its payload is not a Buffer or a string';
  if (mode === null) return 'its policy is not APPEND, FLUSH or REPLACE as written';
  const args = mode ? [buffer, glideEnumMember(context, 'FunctionRestorePolicy', mode)] : [buffer];
  return { method: 'functionRestore', args, summary: `functionRestore(payload${mode ? `, FunctionRestorePolicy.${mode}` : ''})` };
}

const DUMP_AS_TEXT: MethodMigration = { method: 'functionDump', args: [], conversion: AS_TEXT, summary: 'functionDump(), its Buffer read back as the UTF-8 text the source answered' };

function readIoredisList(words: readonly ASTPath[], context: RuleContext): MethodMigration | string {
  let pattern: ASTPath | undefined;
  let withCode = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = literalToken(words[index].node);
    if (word === 'WITHCODE' && !withCode) withCode = true;
    else if (word === 'LIBRARYNAME' && !pattern && words[index + 1]) pattern = words[(index += 1)];
    else return "its words are not 'LIBRARYNAME', a pattern and 'WITHCODE'";
  }
  return list(pattern, withCode, true, context);
}

function readIoredis(call: ClientCall, paths: readonly ASTPath[], context: RuleContext): MethodMigration | string {
  const [subcommand, ...rest] = paths;
  const word = literalToken(subcommand?.node);
  if (call.method === 'functionBuffer') return word === 'DUMP' && rest.length === 0 ? { method: 'functionDump', args: [], summary: 'functionDump()' } : `functionBuffer('${word ?? '?'}', ...) answers Buffers where GLIDE's method answers text`;
  if (word === 'DELETE' && rest.length === 1) return { method: 'functionDelete', args: [rest[0].node as ExpressionKind], summary: 'functionDelete(name)' };
  if (word === 'LOAD') {
    const replace = rest.length === 2 && literalToken(rest[0].node) === 'REPLACE';
    if (rest.length !== (replace ? 2 : 1)) return "its words are not 'LOAD', an optional 'REPLACE' and the code";
    return load(rest[rest.length - 1].node as ExpressionKind, replace, context);
  }
  if (word === 'LIST') return readIoredisList(rest, context);
  if (word === 'STATS' && rest.length === 0) return { method: 'functionStats', args: [], conversion: FUNCTION_STATS_AS_ARRAYS, typeScript: 'unknown', summary: "functionStats(), the node's record read back as ioredis' lists" };
  if (word === 'DUMP' && rest.length === 0) return DUMP_AS_TEXT;
  if (word === 'RESTORE' && (rest.length === 1 || rest.length === 2)) return restore(rest[0], rest[1], context);
  if (word === 'FLUSH' && rest.length <= 1) return flush(rest[0], context);
  if (word === 'KILL' && rest.length === 0) return { method: 'functionKill', args: [], summary: 'functionKill()' };
  return `function('${word ?? '?'}', ...) with these arguments is not migrated`;
}

/** The one option of an options object (`{ REPLACE: true }`, `{ mode: 'REPLACE' }`), or undefined when it has others. */
function onlyOption(path: ASTPath | undefined, name: string): { readonly value?: ASTPath } | undefined {
  if (!path) return {};
  const entries = objectLiteralEntries(path);
  if (!entries || [...entries.keys()].some((key) => key !== name)) return undefined;
  return { value: entries.get(name) };
}

function readNodeRedis(call: ClientCall, paths: readonly ASTPath[], context: RuleContext): MethodMigration | string {
  const [first, second, ...extra] = paths;
  const other = 'it has other arguments than GLIDE takes';
  if (extra.length > 0) return other;
  switch (call.method) {
    case 'functionDelete':
      return first && !second ? { method: 'functionDelete', args: [first.node as ExpressionKind], summary: 'functionDelete(name)' } : other;
    case 'functionLoad': {
      const replace = onlyOption(second, 'REPLACE');
      const value = replace?.value ? literalValue(replace.value.node) : false;
      return first && replace && typeof value === 'boolean' ? load(first.node as ExpressionKind, value, context) : 'its options are not { REPLACE: true | false }';
    }
    case 'functionList':
    case 'functionListWithCode': {
      const pattern = onlyOption(first, 'LIBRARYNAME');
      return pattern && !second ? list(pattern.value, call.method === 'functionListWithCode', false, context) : 'its options are not { LIBRARYNAME }';
    }
    case 'functionStats':
      return first ? other : { method: 'functionStats', args: [], conversion: FUNCTION_STATS_OF_THE_NODE, typeScript: FUNCTION_STATS_TYPE, summary: "functionStats(), the node's record" };
    case 'functionDump':
      return first ? other : DUMP_AS_TEXT;
    case 'functionRestore': {
      const mode = onlyOption(second, 'mode');
      return first && mode ? restore(first, mode.value, context) : "its options are not { mode: 'APPEND' | 'FLUSH' | 'REPLACE' }";
    }
    case 'functionFlush':
      return second ? other : flush(first, context);
    case 'functionKill':
      return first ? other : { method: 'functionKill', args: [], summary: 'functionKill()' };
    default:
      return other;
  }
}

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const spread = paths.some((path) => (path.node as { type: string }).type === 'SpreadElement');
  let found = call.binding.topology === 'cluster'
    ? "GLIDE's cluster function methods are routed otherwise than the source client's"
    : spread ? 'its arguments are spread' : call.binding.library === 'ioredis' ? readIoredis(call, paths, context) : readNodeRedis(call, paths, context);
  // A batch decodes every reply with its one decoder (text by default), which fails on the payload's bytes (checked live).
  if (typeof found !== 'string' && found.method === 'functionDump' && call.batch?.role === 'entry') found = "inside a batch GLIDE decodes the payload as text, which fails on its bytes";
  if (typeof found === 'string') {
    context.flag(call.path, `${call.method}(...) cannot be migrated with certainty: ${found}; migrate it by hand`);
    return;
  }
  applyMethodMigration(call, context, found);
}

export const functionCommands = defineCallRule({
  id: 'function-commands',
  phase: 'commands',
  summary:
    "FUNCTION LOAD, DELETE, LIST, STATS, DUMP, RESTORE, FLUSH and KILL become GLIDE's function methods, with options as GLIDE takes them and replies read back as the source client answered (ioredis' lists, node-redis' objects, the dump as text)",
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('function-commands'),
  apply,
});
