/**
 * `SCRIPT LOAD`: GLIDE has no method for it (a `Script` loads itself when first invoked), so ioredis'
 * `script('LOAD', code)` and node-redis' `scriptLoad(code)` are sent as `customCommand(['SCRIPT', 'LOAD', code])`,
 * which answers the same SHA1 text (checked against a server), for programs that go on to call EVALSHA with it.
 * ioredis' `script('FLUSH')` is sent the same way and answers `OK`, as before. Its other subcommands answer other
 * shapes than GLIDE's methods (`SCRIPT EXISTS` gives numbers, GLIDE's `scriptExists` booleans) and are flagged.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths } from '../support/arguments.js';
import { literalToken } from '../support/literal-token.js';
import { setArguments, setMethod } from '../commands/call-shape.js';
import { isCastByProgram } from '../support/cast-by-program.js';

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const ioredis = call.binding.library === 'ioredis';
  const subcommand = ioredis ? literalToken(paths[0]?.node) : 'LOAD';
  const words = ioredis ? paths.slice(1) : paths;
  const flush = subcommand === 'FLUSH' && words.length <= 1;
  const load = subcommand === 'LOAD' && words.length === 1;
  if (!(flush || load) || words.some((word) => (word.node as { type: string }).type === 'SpreadElement')) {
    const what = subcommand && subcommand !== 'LOAD' ? `script('${subcommand}', ...)` : `${call.method}() with these arguments`;
    context.flag(call.path, `${what} is not migrated (GLIDE's script methods answer other shapes); migrate it by hand`);
    return;
  }
  const { j } = context;
  setMethod(call, context, 'customCommand');
  setArguments(call, [j.arrayExpression([j.stringLiteral('SCRIPT'), j.stringLiteral(subcommand), ...words.map((word) => word.node as ExpressionKind)])]);
  if (!isCastByProgram(call.path)) context.convertReply(call, undefined, { typeScript: load ? 'string' : "'OK'" });
  context.recordEdit(call.path.node, `${call.method}(...) → customCommand(['SCRIPT', '${subcommand}', ...])`);
}

export const scriptLoadToCustomCommand = defineCallRule({
  id: 'script-load-to-custom-command',
  phase: 'commands',
  summary: "script('LOAD', code) and scriptLoad(code) are sent as customCommand(['SCRIPT', 'LOAD', code]), which answers the SHA1; script('FLUSH') likewise",
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('script-load-to-custom-command'),
  apply,
});
