/**
 * BITPOS's optional range, positional in both source clients (`bitpos(key, bit, start, end, 'BIT')`, node-redis
 * `bitPos(key, bit, start, end, 'BIT')`), becomes GLIDE's `bitpos(key, bit, { start, end, indexType })` with a
 * `BitmapIndexType` member. The reply, the position of the first matching bit (or -1), is the same in all three
 * clients. A BYTE / BIT word computed at run time or without an end (the server reads BYTE / BIT only after the
 * end), and a start or end that may be missing at run time (node-redis then leaves it out, GLIDE needs it), are
 * flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { cannotMap } from '../support/cannot-map.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../support/literal-token.js';
import { literalValue } from '../support/literal-value.js';
import { isNumberValued } from '../support/number-valued.js';
import { shapeOfValue } from '../support/value-shape.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const INDEX_TYPES: ReadonlySet<string> = new Set(['BYTE', 'BIT']);

/** A start or end that is a number or a string, as far as the syntax shows (never a missing value). */
function isPresent(path: ASTPath): boolean {
  const literal = literalValue(path.node);
  return typeof literal === 'number' || typeof literal === 'string' || isNumberValued(path) || shapeOfValue(path) === 'string';
}

function apply(call: ClientCall, context: RuleContext): void {
  const [key, bit, start, end, mode, ...more] = argumentPaths(call.path);
  const indexType = mode ? literalToken(mode.node) : undefined;
  const fits = key && bit && more.length === 0 && hasOnlyPositionalArguments(call) && [start, end].every((path) => !path || isPresent(path));
  if (!fits || (mode && (!indexType || !INDEX_TYPES.has(indexType)))) {
    context.flag(call.path, cannotMap(call, 'bitpos', 'a range'));
    return;
  }
  const { j, typeScript } = context;
  const range: [string, ExpressionKind][] = [];
  if (start) range.push(['start', asGlideNumber(j, start, typeScript)]);
  if (end) range.push(['end', asGlideNumber(j, end, typeScript)]);
  if (indexType) range.push(['indexType', glideEnumMember(context, 'BitmapIndexType', indexType)]);
  setMethod(call, context, 'bitpos');
  setArguments(call, [asGlideString(j, key, typeScript), asGlideNumber(j, bit, typeScript), ...(range.length > 0 ? [inlineObject(j, range)] : [])]);
  context.recordEdit(call.path.node, `${call.method}(key, bit${start ? ', start' : ''}${end ? ', end' : ''}${indexType ? `, '${indexType}'` : ''}) → bitpos(key, bit${range.length > 0 ? ', { range }' : ''})`);
}

export const bitposRange = defineCallRule({
  id: 'bitpos-range',
  phase: 'commands',
  summary: 'BITPOS’s positional start, end and BYTE / BIT become GLIDE’s { start, end, indexType } option',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('bitpos-range'),
  apply,
});
