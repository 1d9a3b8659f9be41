/**
 * ZUNIONSTORE and ZINTERSTORE take the source keys, optional weights and an aggregation. ioredis takes the
 * server's words: `zunionstore(dest, 2, 'a', 'b', 'WEIGHTS', 1, 2, 'AGGREGATE', 'MAX')`; node-redis a key, an array
 * of keys or `{ key, weight }` objects, and `{ AGGREGATE: 'MAX' }`; GLIDE an array of keys or of `[key, weight]`
 * pairs and `{ aggregationType: 'MAX' }`. The reply, the size of the stored set, is the same. A key count or keys
 * not written out, weights that do not match the keys, and other options are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { literalToken } from '../support/literal-token.js';
import { literalValue } from '../support/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zstore-keys-and-weights');
const AGGREGATIONS = new Set(['SUM', 'MIN', 'MAX']);

interface Read {
  readonly keys: ExpressionKind;
  readonly aggregate?: string;
}

/** `[[key, weight], ...]` from keys and weights. */
function pairs(context: RuleContext, keys: readonly ExpressionKind[], weights: readonly ExpressionKind[]): ExpressionKind {
  const { j } = context;
  return j.arrayExpression(keys.map((key, index) => j.arrayExpression([key, weights[index]])));
}

function readIoredis(paths: readonly ASTPath[], context: RuleContext): Read | undefined {
  const [count, ...rest] = paths;
  const keyCount = count ? literalValue(count.node) : undefined;
  const n = typeof keyCount === 'number' ? keyCount : typeof keyCount === 'string' ? Number(keyCount) : NaN;
  if (!Number.isInteger(n) || n < 1 || rest.length < n) return undefined;
  const keys = rest.slice(0, n).map((path) => asGlideString(context.j, path, context.typeScript));
  let index = n;
  let weights: ExpressionKind[] | undefined;
  let aggregate: string | undefined;
  while (index < rest.length) {
    const token = literalToken(rest[index].node);
    if (token === 'WEIGHTS' && !weights && rest.length >= index + 1 + n) {
      weights = rest.slice(index + 1, index + 1 + n).map((path) => asGlideNumber(context.j, path, context.typeScript));
      index += 1 + n;
    } else if (token === 'AGGREGATE' && !aggregate && rest[index + 1]) {
      aggregate = literalToken(rest[index + 1].node);
      if (!aggregate || !AGGREGATIONS.has(aggregate)) return undefined;
      index += 2;
    } else {
      return undefined;
    }
  }
  return { keys: weights ? pairs(context, keys, weights) : context.j.arrayExpression(keys), aggregate };
}

/** node-redis `{ key, weight }` written out. */
function keyAndWeight(path: ASTPath): [ExpressionKind, ExpressionKind] | undefined {
  const entries = objectLiteralEntries(path);
  const [key, weight] = [entries?.get('key'), entries?.get('weight')];
  return entries?.size === 2 && key && weight ? [key.node as unknown as ExpressionKind, weight.node as unknown as ExpressionKind] : undefined;
}

function readNodeRedis(paths: readonly ASTPath[], context: RuleContext): Read | undefined {
  const [keysPath, optionsPath, ...more] = paths;
  if (!keysPath || more.length > 0) return undefined;
  let aggregate: string | undefined;
  if (optionsPath) {
    const entries = objectLiteralEntries(optionsPath);
    const written = entries?.get('AGGREGATE');
    aggregate = entries?.size === 1 && written ? literalToken(written.node) : undefined;
    if (!aggregate || !AGGREGATIONS.has(aggregate)) return undefined;
  }
  const node = keysPath.node as unknown as NodeLike;
  const elements = node.type === 'ArrayExpression' ? (node.elements as unknown[]).map((_, index) => keysPath.get('elements', index) as ASTPath) : [keysPath];
  if (elements.some((element) => (element.node as unknown as NodeLike | null)?.type === 'ObjectExpression')) {
    const weighted = elements.map(keyAndWeight);
    if (weighted.some((pair) => pair === undefined)) return undefined;
    const both = weighted as [ExpressionKind, ExpressionKind][];
    return { keys: pairs(context, both.map(([key]) => key), both.map(([, weight]) => weight)), aggregate };
  }
  return { keys: listOf(context.j, [keysPath], context.typeScript) as ExpressionKind, aggregate };
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const [destination, ...rest] = argumentPaths(call.path);
  const read = destination && hasOnlyPositionalArguments(call) ? (call.binding.library === 'ioredis' ? readIoredis(rest, context) : readNodeRedis(rest, context)) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, entry.glide, 'keys, weights or options'));
    return;
  }
  const options = read.aggregate ? [inlineObject(context.j, [['aggregationType', context.j.stringLiteral(read.aggregate)]])] : [];
  setMethod(call, context, entry.glide);
  setArguments(call, [asGlideString(context.j, destination, context.typeScript), read.keys, ...options]);
  context.recordEdit(call.path.node, `${call.method}(destination, ...) → ${entry.glide}(destination, keys${read.aggregate ? ', { aggregationType }' : ''})`);
}

export const zstoreKeysAndWeights = defineCallRule({
  id: 'zstore-keys-and-weights',
  phase: 'commands',
  summary: 'ZUNIONSTORE / ZINTERSTORE keys, WEIGHTS and AGGREGATE become GLIDE’s key (or [key, weight]) array and aggregationType',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zstore-keys-and-weights'),
  apply,
});
