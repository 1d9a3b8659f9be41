/**
 * Function libraries: ioredis' one `function(subcommand, ...)` method and node-redis' `functionLoad` /
 * `functionDelete` become GLIDE's methods:
 * - FUNCTION LOAD: `function('LOAD', [ 'REPLACE', ] code)` and `functionLoad(code, { REPLACE })` become
 *   `functionLoad(code, { replace: true })`, which answers the library's name as both did;
 * - FUNCTION DELETE: `function('DELETE', name)` and `functionDelete(name)` become `functionDelete(name)`, `OK`.
 * (Checked against a server.) A cluster client is flagged: GLIDE's cluster methods are routed by their own default,
 * where the source clients sent the command to one node. ioredis' other subcommands answer other shapes than
 * GLIDE's methods (FUNCTION LIST gives records) and are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { literalToken } from '../support/literal-token.js';
import { literalValue } from '../support/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { inlineObject } from '../../ast/inline-object.js';
import { setArguments, setMethod } from '../commands/call-shape.js';
import { isCastByProgram } from '../support/cast-by-program.js';

type Read = { readonly method: 'functionLoad'; readonly code: ExpressionKind; readonly replace: boolean } | { readonly method: 'functionDelete'; readonly name: ExpressionKind };

function readIoredis(paths: readonly ASTPath[]): Read | string {
  const [subcommand, ...rest] = paths;
  const word = literalToken(subcommand?.node);
  if (word === 'DELETE' && rest.length === 1) return { method: 'functionDelete', name: rest[0].node as ExpressionKind };
  if (word !== 'LOAD') return `function('${word ?? '?'}', ...) answers another shape than GLIDE's method, or is not migrated`;
  const replace = rest.length === 2 && literalToken(rest[0].node) === 'REPLACE';
  if (rest.length !== (replace ? 2 : 1)) return "its words are not 'LOAD', an optional 'REPLACE' and the code";
  return { method: 'functionLoad', code: rest[rest.length - 1].node as ExpressionKind, replace };
}

function readNodeRedis(call: ClientCall, paths: readonly ASTPath[]): Read | string {
  const [first, options, ...extra] = paths;
  if (!first || extra.length > 0) return 'it has other arguments than GLIDE takes';
  if (call.method === 'functionDelete') return options ? 'it has other arguments than GLIDE takes' : { method: 'functionDelete', name: first.node as ExpressionKind };
  const entries = options ? objectLiteralEntries(options) : new Map<string, ASTPath>();
  const replace = entries?.get('REPLACE');
  const value = replace ? literalValue(replace.node) : false;
  if (!entries || [...entries.keys()].some((name) => name !== 'REPLACE') || typeof value !== 'boolean') return 'its options are not { REPLACE: true | false }';
  return { method: 'functionLoad', code: first.node as ExpressionKind, replace: value };
}

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const spread = paths.some((path) => (path.node as { type: string }).type === 'SpreadElement');
  const found = call.binding.topology === 'cluster'
    ? "GLIDE's cluster function methods are routed otherwise than the source client's"
    : spread ? 'its arguments are spread' : call.binding.library === 'ioredis' ? readIoredis(paths) : readNodeRedis(call, paths);
  if (typeof found === 'string') {
    context.flag(call.path, `${call.method}(...) cannot be migrated with certainty: ${found}; migrate it by hand`);
    return;
  }
  const { j } = context;
  setMethod(call, context, found.method);
  if (found.method === 'functionDelete') {
    setArguments(call, [found.name]);
    context.recordEdit(call.path.node, `${call.method}(...) → functionDelete(name)`);
    return;
  }
  setArguments(call, found.replace ? [found.code, inlineObject(j, [['replace', j.booleanLiteral(true)]])] : [found.code]);
  if (!isCastByProgram(call.path)) context.convertReply(call, undefined, { typeScript: 'string' });
  context.recordEdit(call.path.node, `${call.method}(...) → functionLoad(code${found.replace ? ', { replace: true }' : ''})`);
}

export const functionCommands = defineCallRule({
  id: 'function-commands',
  phase: 'commands',
  summary: "function('LOAD', 'REPLACE', code) / functionLoad(code, { REPLACE: true }) become functionLoad(code, { replace: true }); function('DELETE', name) becomes functionDelete(name)",
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('function-commands'),
  apply,
});
