/**
 * BITCOUNT's and BITPOS's optional range becomes GLIDE's `{ start, end, indexType }` option, with a
 * `BitmapIndexType` member for the server's BYTE / BIT word. ioredis takes the range positionally
 * (`bitcount(key, start, end, 'BIT')`, `bitpos(key, bit, start, end, 'BIT')`), node-redis positionally for BITPOS
 * and as `{ start, end, mode }` for BITCOUNT; GLIDE `bitcount(key, { start, end, indexType })` and
 * `bitpos(key, bit, { start, end, indexType })`. The replies, the number of set bits and the position of the first
 * matching bit (or -1), are the same in all three clients. A BYTE / BIT word computed at run time or without an end
 * (the server reads it only after the end), and a start or end that may be missing at run time (node-redis then
 * leaves it out, GLIDE needs it), are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { cannotMap } from '../support/cannot-map.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { isNumberValued } from '../support/number-valued.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { shapeOfValue } from '../support/value-shape.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('bit-range-options');
const INDEX_TYPES: ReadonlySet<string> = new Set(['BYTE', 'BIT']);

interface Range {
  readonly start?: ASTPath;
  readonly end?: ASTPath;
  readonly mode?: ASTPath;
}

/** A start or end that is a number or a string, as far as the syntax shows (never a missing value). */
function isPresent(path: ASTPath | undefined): boolean {
  if (!path) return true;
  const literal = literalValue(path.node);
  return typeof literal === 'number' || typeof literal === 'string' || isNumberValued(path) || shapeOfValue(path) === 'string';
}

/** node-redis' BITCOUNT `{ start, end, mode }` written out (node-redis sends start and end only together). */
function rangeObject(path: ASTPath | undefined): Range | undefined {
  if (!path) return {};
  const entries = objectLiteralEntries(path);
  if (!entries || !entries.has('start') || !entries.has('end') || [...entries.keys()].some((name) => !['start', 'end', 'mode'].includes(name))) return undefined;
  return { start: entries.get('start'), end: entries.get('end'), mode: entries.get('mode') };
}

/** `{ start, end, indexType }`, or undefined where the range cannot be written. */
function readRange(range: Range, context: RuleContext): [string, ExpressionKind][] | undefined {
  const indexType = range.mode ? literalToken(range.mode.node) : undefined;
  if (!isPresent(range.start) || !isPresent(range.end) || (range.mode && (!indexType || !INDEX_TYPES.has(indexType) || !range.end))) return undefined;
  if (range.end && !range.start) return undefined;
  const { j, typeScript } = context;
  const options: [string, ExpressionKind][] = [];
  if (range.start) options.push(['start', asGlideNumber(j, range.start, typeScript)]);
  if (range.end) options.push(['end', asGlideNumber(j, range.end, typeScript)]);
  if (indexType) options.push(['indexType', glideEnumMember(context, 'BitmapIndexType', indexType)]);
  return options;
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const bitpos = entry.command === 'BITPOS';
  const paths = argumentPaths(call.path);
  const [key, bit] = paths;
  const rest = paths.slice(bitpos ? 2 : 1);
  const positional = call.binding.library === 'ioredis' || bitpos;
  const [start, end, mode] = rest;
  const range = positional ? (rest.length <= 3 ? { start, end, mode } : undefined) : rest.length <= 1 ? rangeObject(start) : undefined;
  const options = key && (!bitpos || bit) && range && hasOnlyPositionalArguments(call) ? readRange(range, context) : undefined;
  if (!options) {
    context.flag(call.path, cannotMap(call, entry.glide, 'a range'));
    return;
  }
  const { j, typeScript } = context;
  setMethod(call, context, entry.glide);
  const leading = [asGlideString(j, key, typeScript), ...(bitpos ? [asGlideNumber(j, bit, typeScript)] : [])];
  setArguments(call, [...leading, ...(options.length > 0 ? [inlineObject(j, options)] : [])]);
  context.recordEdit(call.path.node, `${call.method}(key${bitpos ? ', bit' : ''}${options.length > 0 ? ', range' : ''}) → ${entry.glide}(key${bitpos ? ', bit' : ''}${options.length > 0 ? ', { start, end, indexType }' : ''})`);
}

export const bitRangeOptions = defineCallRule({
  id: 'bit-range-options',
  phase: 'commands',
  summary: 'BITCOUNT’s and BITPOS’s start, end and BYTE / BIT become GLIDE’s { start, end, indexType } option',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('bit-range-options'),
  apply,
});
