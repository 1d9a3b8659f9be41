/**
 * The source keys of ZUNION / ZINTER / ZDIFF and their STORE forms, with the weights and the aggregation, read the
 * way each source client takes them and rebuilt as GLIDE's one array of keys or of `[key, weight]` pairs.
 * ioredis takes the server's words: a key count, the keys, then `'WEIGHTS'` with one weight per key,
 * `'AGGREGATE'` with SUM, MIN or MAX, and (for the forms that answer members) `'WITHSCORES'`, in any order.
 * node-redis takes one key, an array of keys or of `{ key, weight }` objects, and `{ AGGREGATE }`. Anything else
 * (a count not written out, weights that do not match the keys, other words, node-redis' COUNT aggregation,
 * options not written out, node-redis keys that may hold `{ key, weight }` objects: see `plain-keys.ts`) is not
 * read: the rule flags the call.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { SourceLibrary } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { inlineObject } from '../../ast/inline-object.js';
import { asGlideString } from './arguments.js';
import { asGlideNumber } from './as-glide-number.js';
import { readCountedKeys } from './counted-keys.js';
import { keyListFor } from './key-list.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from './object-literal-entries.js';
import { holdsPlainKeys } from './plain-keys.js';

const AGGREGATIONS = new Set(['SUM', 'MIN', 'MAX']);
const WORDS = new Set(['WEIGHTS', 'AGGREGATE', 'WITHSCORES']);

/** What the command takes besides its keys. */
export interface ZKeysAccepted {
  /** The GLIDE method the keys are for (some write into the array they get: see `key-list.ts`). */
  readonly glide: string;
  /** WEIGHTS and AGGREGATE (ioredis), `{ key, weight }` objects and `{ AGGREGATE }` (node-redis). */
  readonly weights: boolean;
  /** ioredis' WITHSCORES word. */
  readonly withScores: boolean;
}

export interface ZKeys {
  /** GLIDE's array of keys, or of `[key, weight]` pairs when weights were given. */
  readonly keys: ExpressionKind;
  readonly weighted: boolean;
  readonly aggregate?: string;
  /** ioredis' WITHSCORES word was passed. */
  readonly withScores: boolean;
}

/** `[[key, weight], ...]` from keys and weights. */
function pairs(context: RuleContext, keys: readonly ExpressionKind[], weights: readonly ExpressionKind[]): ExpressionKind {
  const { j } = context;
  return j.arrayExpression(keys.map((key, index) => j.arrayExpression([key, weights[index]])));
}

function readIoredis(paths: readonly ASTPath[], context: RuleContext, accepted: ZKeysAccepted): ZKeys | undefined {
  const counted = readCountedKeys(paths, WORDS);
  if (!counted) return undefined;
  const { rest } = counted;
  const n = counted.keys.length;
  const keys = counted.keys.map((path) => asGlideString(context.j, path, context.typeScript));
  let index = 0;
  let weights: ExpressionKind[] | undefined;
  let aggregate: string | undefined;
  let withScores = false;
  while (index < rest.length) {
    const token = literalToken(rest[index].node);
    if (accepted.weights && token === 'WEIGHTS' && !weights && rest.length >= index + 1 + n) {
      weights = rest.slice(index + 1, index + 1 + n).map((path) => asGlideNumber(context.j, path, context.typeScript));
      index += 1 + n;
    } else if (accepted.weights && token === 'AGGREGATE' && !aggregate && rest[index + 1]) {
      aggregate = literalToken(rest[index + 1].node);
      if (!aggregate || !AGGREGATIONS.has(aggregate)) return undefined;
      index += 2;
    } else if (accepted.withScores && token === 'WITHSCORES' && !withScores) {
      withScores = true;
      index += 1;
    } else {
      return undefined;
    }
  }
  return { keys: weights ? pairs(context, keys, weights) : context.j.arrayExpression(keys), weighted: weights !== undefined, aggregate, withScores };
}

/** node-redis `{ key, weight }` written out. */
function keyAndWeight(path: ASTPath): [ExpressionKind, ExpressionKind] | undefined {
  const entries = objectLiteralEntries(path);
  const [key, weight] = [entries?.get('key'), entries?.get('weight')];
  return entries?.size === 2 && key && weight ? [key.node as unknown as ExpressionKind, weight.node as unknown as ExpressionKind] : undefined;
}

function readNodeRedis(paths: readonly ASTPath[], context: RuleContext, accepted: ZKeysAccepted): ZKeys | undefined {
  const [keysPath, optionsPath, ...more] = paths;
  if (!keysPath || more.length > 0 || (optionsPath && !accepted.weights)) return undefined;
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
    const weighted = accepted.weights ? elements.map(keyAndWeight) : [undefined];
    if (weighted.some((pair) => pair === undefined)) return undefined;
    const both = weighted as [ExpressionKind, ExpressionKind][];
    return { keys: pairs(context, both.map(([key]) => key), both.map(([, weight]) => weight)), weighted: true, aggregate, withScores: false };
  }
  // A key (or an array's element) not written out may hold a { key, weight } object, which GLIDE does not take.
  const plain = !accepted.weights || elements.every(holdsPlainKeys);
  return plain ? { keys: keyListFor(accepted.glide, context.j, keysPath, context.typeScript), weighted: false, aggregate, withScores: false } : undefined;
}

/** The keys and options after any leading arguments (the destination), or undefined when they cannot be read. */
export function readZKeys(library: SourceLibrary, paths: readonly ASTPath[], context: RuleContext, accepted: ZKeysAccepted): ZKeys | undefined {
  return library === 'ioredis' ? readIoredis(paths, context, accepted) : readNodeRedis(paths, context, accepted);
}

/** GLIDE's options argument for the aggregation read: `[{ aggregationType: 'MAX' }]`, or none. */
export function aggregationOptions(context: RuleContext, read: ZKeys): ExpressionKind[] {
  return read.aggregate ? [inlineObject(context.j, [['aggregationType', context.j.stringLiteral(read.aggregate)]])] : [];
}
