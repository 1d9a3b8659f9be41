/**
 * GLIDE has no `keys` method: KEYS is sent as `customCommand(['KEYS', pattern])`, which answers the same array
 * of names as ioredis' and node-redis' `keys(pattern)` (`[]` when nothing matches). `customCommand` is typed
 * `GlideReturnType`, so in TypeScript the reply is cast back to `string[]`. A call without exactly one pattern
 * is flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const [pattern, ...extra] = argumentPaths(call.path);
  if (!pattern || extra.length > 0 || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, `${call.method}() is called with arguments the codemod cannot map to GLIDE's customCommand(['KEYS', pattern]); migrate it by hand`);
    return;
  }
  setMethod(call, context, 'customCommand');
  setArguments(call, [j.arrayExpression([j.stringLiteral('KEYS'), asGlideString(j, pattern, typeScript)])]);
  context.convertReply(call, undefined, { typeScript: 'string[]' });
  context.recordEdit(call.path.node, `${call.method}(pattern) → customCommand(['KEYS', pattern])`);
}

export const keysToCustomCommand = defineCallRule({
  id: 'keys-to-custom-command',
  phase: 'commands',
  summary: 'GLIDE has no keys(): KEYS is sent with customCommand and its reply cast to string[]',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['keys'], 'node-redis': ['keys'] },
  apply,
});
