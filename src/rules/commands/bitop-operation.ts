/**
 * BITOP's operation word (`'AND'`, `'OR'`, `'XOR'`, `'NOT'`, in any case: the server reads it case-insensitively)
 * becomes GLIDE's `BitwiseOperation` member, and the source keys (ioredis' varargs or array, node-redis' key or
 * array) GLIDE's one array: `bitop(BitwiseOperation.AND, destination, [a, b])`. The reply, the length of the
 * stored string, is the same in all three clients. An operation computed at run time, or one GLIDE has no member
 * for (node-redis also types Redis 8's DIFF, DIFF1, ANDOR and ONE), is flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { cannotMap } from '../support/cannot-map.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const OPERATIONS: ReadonlySet<string> = new Set(['AND', 'OR', 'XOR', 'NOT']);

function apply(call: ClientCall, context: RuleContext): void {
  const [operationPath, destination, ...keys] = argumentPaths(call.path);
  const operation = operationPath ? literalToken(operationPath.node) : undefined;
  const keysFit = call.binding.library === 'ioredis' ? keys.length > 0 : keys.length === 1;
  if (!operation || !OPERATIONS.has(operation) || !destination || !keysFit || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, cannotMap(call, 'bitop', 'an operation or keys'));
    return;
  }
  setMethod(call, context, 'bitop');
  setArguments(call, [glideEnumMember(context, 'BitwiseOperation', operation), asGlideString(context.j, destination, context.typeScript), listOf(context.j, keys, context.typeScript)]);
  context.recordEdit(call.path.node, `${call.method}('${operation}', destination, ...keys) → bitop(BitwiseOperation.${operation}, destination, keys)`);
}

export const bitopOperation = defineCallRule({
  id: 'bitop-operation',
  phase: 'commands',
  summary: 'BITOP’s operation word becomes GLIDE’s BitwiseOperation member and its keys one array',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('bitop-operation'),
  apply,
});
