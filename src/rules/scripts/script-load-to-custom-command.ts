/**
 * The SCRIPT subcommands: ioredis' one `script(subcommand, ...)` method and node-redis' `scriptLoad`,
 * `scriptExists`, `scriptFlush` and `scriptKill` (checked against a server, each):
 * - LOAD: GLIDE has no method for it (a `Script` loads itself when first invoked), so it is sent as
 *   `customCommand(['SCRIPT', 'LOAD', code])`, which answers the same SHA1 text, for programs that go on to call
 *   EVALSHA with it;
 * - EXISTS: `scriptExists([sha, ...])` answers `true` / `false` where the server and both source clients answer
 *   1 / 0, so its booleans are read back as numbers;
 * - FLUSH: `scriptFlush(FlushMode.ASYNC | SYNC)`, and KILL: `scriptKill()`, answer `OK`; with no script running,
 *   KILL fails as before (NOTBUSY), with GLIDE's error, which the error-inspection rule looks after;
 * - SHOW (ioredis only): `scriptShow(sha)` answers the code.
 * A cluster client's subcommands other than LOAD are flagged: GLIDE's cluster methods are routed by their own
 * default, where the source clients sent the command to one node. Other subcommands and arguments are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { applyMethodMigration, FLUSH_MODES, type MethodMigration } from '../support/method-migration.js';

const NODE_REDIS_SUBCOMMANDS: Readonly<Record<string, string>> = { scriptLoad: 'LOAD', scriptExists: 'EXISTS', scriptFlush: 'FLUSH', scriptKill: 'KILL' };

/** GLIDE's `true` / `false` per SHA1 as the server's 1 / 0. */
const AS_NUMBERS: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => new CodeTemplate().node(reply).text('.map(Number)').toExpression(j),
};


function glideCall(subcommand: string | undefined, words: readonly ASTPath[], call: ClientCall, context: RuleContext): MethodMigration | undefined {
  const { j, typeScript } = context;
  const nodes = words.map((word) => word.node as ExpressionKind);
  if (subcommand === 'LOAD' && words.length === 1) {
    return { method: 'customCommand', args: [j.arrayExpression([j.stringLiteral('SCRIPT'), j.stringLiteral('LOAD'), ...nodes])], typeScript: 'string', summary: "customCommand(['SCRIPT', 'LOAD', code])" };
  }
  // The source clients sent these to one node; GLIDE's cluster methods choose their own.
  if (call.binding.topology === 'cluster') return undefined;
  if (subcommand === 'EXISTS' && (call.binding.library === 'ioredis' ? words.length >= 1 : words.length === 1)) {
    return { method: 'scriptExists', args: [listOf(j, words, typeScript)], conversion: AS_NUMBERS, summary: 'scriptExists([sha, ...]), its booleans read back as 1 / 0' };
  }
  if (subcommand === 'FLUSH' && words.length <= 1) {
    const mode = words.length === 0 ? undefined : literalToken(words[0].node);
    if (words.length === 1 && !(mode && FLUSH_MODES.has(mode))) return undefined;
    return { method: 'scriptFlush', args: mode ? [glideEnumMember(context, 'FlushMode', mode)] : [], summary: `scriptFlush(${mode ? `FlushMode.${mode}` : ''})` };
  }
  if (subcommand === 'KILL' && words.length === 0) return { method: 'scriptKill', args: [], summary: 'scriptKill()' };
  if (subcommand === 'SHOW' && words.length === 1) {
    return { method: 'scriptShow', args: [asGlideString(j, words[0], typeScript)], typeScript: 'string', summary: 'scriptShow(sha)' };
  }
  return undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const ioredis = call.binding.library === 'ioredis';
  const subcommand = ioredis ? literalToken(paths[0]?.node) : NODE_REDIS_SUBCOMMANDS[call.method];
  const words = ioredis ? paths.slice(1) : paths;
  const spread = words.some((word) => (word.node as { type: string }).type === 'SpreadElement');
  const migration = spread ? undefined : glideCall(subcommand, words, call, context);
  if (!migration) {
    const what = ioredis ? `script('${subcommand ?? '?'}', ...) with these arguments` : `${call.method}() with these arguments`;
    const cluster = call.binding.topology === 'cluster' ? " on a cluster client (GLIDE's cluster script methods are routed otherwise than the source client's)" : '';
    context.flag(call.path, `${what}${cluster} is not migrated; migrate it by hand`);
    return;
  }
  applyMethodMigration(call, context, migration);
}

export const scriptLoadToCustomCommand = defineCallRule({
  id: 'script-load-to-custom-command',
  phase: 'commands',
  summary:
    "script('LOAD', code) and scriptLoad(code) are sent as customCommand(['SCRIPT', 'LOAD', code]), which answers the SHA1; SCRIPT EXISTS, FLUSH, KILL and SHOW become GLIDE's scriptExists (its booleans read back as 1 / 0), scriptFlush, scriptKill and scriptShow",
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('script-load-to-custom-command'),
  apply,
});
