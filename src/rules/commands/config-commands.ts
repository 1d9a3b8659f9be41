/**
 * CONFIG GET, SET and RESETSTAT. ioredis has one method for the container command, the subcommand its first
 * argument (`config('GET', 'maxmemory')`); node-redis and GLIDE have a method each. GLIDE's `configGet` takes the
 * parameters (names or patterns) as one array and answers a record, as node-redis' `configGet` does; ioredis
 * answered the server's flat `[name, value, ...]` list, rebuilt from the record with `Object.entries(...).flat()`
 * (names are never integer-like, so the record keeps the server's order). `configSet` takes one record where
 * ioredis took name-value varargs and node-redis a name and a value (or a record, passed on). The replies of SET
 * and RESETSTAT are the same `"OK"`. Other subcommands and a subcommand computed at run time are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall, type CommandEntry } from '../../knowledge/commands/catalogue.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineRecord } from '../../ast/inline-object.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('config-commands');

/** ioredis' flat `[name, value, ...]` from GLIDE's record. */
const FLAT_PAIRS: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => new CodeTemplate().text('Object.entries(').node(reply).text(').flat()').toExpression(j),
};

/** `{ name: value, ... }` from name and value arguments; a name not written as a string is a computed key. */
function recordOf(context: RuleContext, pairs: readonly (readonly [ASTPath, ASTPath])[]): ExpressionKind {
  return inlineRecord(
    context.j,
    pairs.map(([name, value]) => {
      const written = literalValue(name.node);
      const key = typeof written === 'string' ? context.j.stringLiteral(written) : (name.node as unknown as ExpressionKind);
      return [{ written: key }, asGlideString(context.j, value, context.typeScript)];
    }),
  );
}

function pairsOf(paths: readonly ASTPath[]): [ASTPath, ASTPath][] | undefined {
  if (paths.length === 0 || paths.length % 2 !== 0) return undefined;
  return Array.from({ length: paths.length / 2 }, (_, index) => [paths[2 * index], paths[2 * index + 1]] as [ASTPath, ASTPath]);
}

/** GLIDE's arguments for the entry, from the arguments after the subcommand; undefined when they cannot be mapped. */
function glideArguments(entry: CommandEntry, rest: readonly ASTPath[], call: ClientCall, context: RuleContext): ExpressionKind[] | undefined {
  const nodeRedis = call.binding.library === 'node-redis';
  switch (entry.glide) {
    case 'configGet':
      if (rest.length === 0 || (nodeRedis && rest.length !== 1)) return undefined;
      return [listOf(context.j, rest, context.typeScript) as ExpressionKind];
    case 'configSet': {
      if (nodeRedis && rest.length === 1) return [rest[0].node as unknown as ExpressionKind];
      const pairs = pairsOf(rest);
      return pairs && (!nodeRedis || pairs.length === 1) ? [recordOf(context, pairs)] : undefined;
    }
    default:
      return rest.length === 0 ? [] : undefined;
  }
}

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const ioredis = call.binding.library === 'ioredis';
  const subcommand = ioredis ? literalToken(paths[0]?.node) : undefined;
  const entry = entryForCall(COMMANDS, call.binding.library, call.method, subcommand);
  const rest = ioredis ? paths.slice(1) : paths;
  const args = entry && hasOnlyPositionalArguments(call) ? glideArguments(entry, rest, call, context) : undefined;
  if (!entry || !args) {
    const what = ioredis && !entry ? `config() with ${subcommand ? `the ${subcommand} subcommand` : 'a subcommand computed at run time'}` : `${call.method}() with these arguments`;
    context.flag(call.path, `${what} cannot be mapped to GLIDE with certainty; migrate it by hand`);
    return;
  }
  setMethod(call, context, entry.glide);
  setArguments(call, args);
  if (ioredis && entry.glide === 'configGet') context.convertReply(call, FLAT_PAIRS, { typeScript: 'string[]' });
  context.recordEdit(call.path.node, `${ioredis ? `config('${subcommand}', ...)` : `${call.method}()`} → ${entry.glide}()`);
}

export const configCommands = defineCallRule({
  id: 'config-commands',
  phase: 'commands',
  summary: 'CONFIG GET / SET / RESETSTAT become GLIDE’s configGet (one array), configSet (one record) and configResetStat',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('config-commands'),
  apply,
});
