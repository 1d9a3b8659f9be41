/**
 * Commands GLIDE has no typed method for (MEMORY USAGE, COMMAND COUNT; the catalogue lists them with their words)
 * are sent as they are: `customCommand(['MEMORY', 'USAGE', key])`. The server's reply comes back as the source
 * clients gave it (a number, or null for a missing key); `customCommand` is typed `GlideReturnType`, so in
 * TypeScript the reply is cast back to the source's type. A map reply (MEMORY STATS), which customCommand answers as
 * `{ key, value }` records, is read back as each source client's list or object (support/map-reply.ts). ioredis' one method for a container command takes the
 * subcommand as its first argument (`memory('USAGE', key)`); node-redis has a method per subcommand
 * (`memoryUsage(key)`). A command may take any number more arguments after its fixed ones (ACL SETUSER's rules).
 * Other subcommands, a subcommand computed at run time and other argument counts are flagged.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { literalToken } from '../../ast/literal-token.js';
import { isCastByProgram } from '../support/cast-by-program.js';
import { mapReplyConversion } from '../support/map-reply.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('custom-command');

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const ioredis = call.binding.library === 'ioredis';
  const subcommand = ioredis ? literalToken(paths[0]?.node) : undefined;
  const entry = entryForCall(COMMANDS, call.binding.library, call.method, subcommand);
  const given = ioredis ? paths.length - 1 : paths.length;
  const expected = entry?.migration.parameters.length ?? 0;
  const counted = entry?.migration.rest ? given >= expected : given === expected;
  if (!entry || !hasOnlyPositionalArguments(call) || !counted) {
    const what = ioredis && !entry ? `${call.method}() with ${subcommand ? `the ${subcommand} subcommand` : 'a subcommand computed at run time'}` : `${call.method}() with these arguments`;
    context.flag(call.path, `${what} cannot be mapped to GLIDE with certainty; migrate it by hand`);
    return;
  }
  const { words, parameters, rest, mapReply } = entry.migration;
  const replyType = (!ioredis && entry.migration.nodeRedisReplyType) || entry.migration.replyType;
  // The arguments after ioredis' subcommand, as GLIDE's strings.
  const kinds = `${ioredis ? 'a' : ''}${parameters}${(rest ?? '').repeat(given - parameters.length)}`;
  const positional = coercePositional(call, context, kinds).slice(ioredis ? 1 : 0);
  setMethod(call, context, 'customCommand');
  setArguments(call, [context.j.arrayExpression([...words.map((word) => context.j.stringLiteral(word)), ...(positional as ExpressionKind[])])]);
  // A cast the program wrote itself types the reply already.
  const conversion = mapReply && mapReplyConversion(call.binding.library, mapReply.doubles);
  context.convertReply(call, conversion, { typeScript: isCastByProgram(call.path) ? undefined : replyType });
  context.recordEdit(call.path.node, `${call.method}(...) → customCommand(['${words.join("', '")}', ...])`);
}

export const customCommand = defineCallRule({
  id: 'custom-command',
  phase: 'commands',
  summary: 'Commands GLIDE has no typed method for are sent as customCommand([...]), their replies cast back to the source’s type',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('custom-command'),
  apply,
});
