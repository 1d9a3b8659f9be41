/**
 * ioredis `linsert(k, 'BEFORE', pivot, element)` and node-redis `lInsert` pass the position as a keyword, which
 * the server reads in any case; GLIDE's `linsert` takes an `InsertPosition` member, whose values are the
 * lower-case words and which TypeScript requires by name. The reply (the new length, `-1` when the pivot is
 * missing, `0` when the key is) is the same number in all three clients. A position computed at run time is
 * flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const POSITIONS: Readonly<Record<string, string>> = { BEFORE: 'Before', AFTER: 'After' };

/** The InsertPosition member the call's position keyword names, if it is written as a literal. */
function positionOf(call: ClientCall): string | undefined {
  const position = argumentPaths(call.path)[1];
  return position ? POSITIONS[literalToken(position.node) ?? ''] : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const position = positionOf(call);
  if (!position || !hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== 4) {
    context.flag(call.path, cannotMap(call, 'linsert', 'a position or arguments'));
    return;
  }
  const [key, , pivot, element] = coercePositional(call, context, 'ssss');
  setMethod(call, context, 'linsert');
  setArguments(call, [key, glideEnumMember(context, 'InsertPosition', position), pivot, element]);
  context.recordEdit(call.path.node, `${call.method}(key, '${position.toUpperCase()}', ...) → linsert(key, InsertPosition.${position}, ...)`);
}

export const linsertPosition = defineCallRule({
  id: 'linsert-position',
  phase: 'commands',
  summary: 'The BEFORE / AFTER keyword of LINSERT becomes GLIDE’s InsertPosition member',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['linsert'], 'node-redis': ['lInsert'] },
  apply,
});
