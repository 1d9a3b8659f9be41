/**
 * MSET and MSETNX take one argument in GLIDE: a record (`{ a: '1' }`) or an array of `{ key, value }`. The
 * source forms become:
 * - ioredis' variadic pairs `mset('a', '1', 'b', '2')` (array literals among them are flattened, as ioredis
 *   does), its array `mset(['a', '1'])` and node-redis' `mSet(['a', '1'])` and `mSet([['a', '1']])`:
 *   `[{ key: 'a', value: '1' }, ...]`, which keeps the pairs in their order (a record would send integer-like
 *   keys first);
 * - an object literal: passed as it is; ioredis, node-redis and GLIDE all send its keys in `Object.keys` order;
 * - ioredis' `new Map(...)`: its entries as `{ key, value }` (GLIDE sends no pairs for a Map).
 * A lone expression of unknown shape (object, Map or array?) is flagged. MSETNX answers 1/0 in ioredis and
 * node-redis and `true`/`false` in GLIDE: where the reply is read it becomes 1/0 again.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineObject } from '../../ast/inline-object.js';
import { shapeOfValue } from '../support/value-shape.js';
import { setArguments, setMethod } from './call-shape.js';

const GLIDE_NAMES: Readonly<Record<SourceLibrary, Readonly<Record<string, 'mset' | 'msetnx'>>>> = {
  ioredis: { mset: 'mset', msetnx: 'msetnx' },
  'node-redis': { mSet: 'mset', mSetNX: 'msetnx' },
};

/** `reply ? 1 : 0` */
const BOOLEAN_TO_INTEGER: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => j.conditionalExpression(reply, j.numericLiteral(1), j.numericLiteral(0)),
};

const isArrayLiteral = (path: ASTPath) => path.node?.type === 'ArrayExpression';
/** A key or a value: not a hole, a spread or an array, which ioredis would flatten. */
const isScalar = (path: ASTPath) => Boolean(path.node) && path.node.type !== 'SpreadElement' && !isArrayLiteral(path) && shapeOfValue(path) !== 'array';
const elementsOf = (path: ASTPath): ASTPath[] => (path.node as unknown as { elements: unknown[] }).elements.map((_, index) => path.get('elements', index) as ASTPath);

/** `[{ key, value }, ...]` from alternating keys and values, or undefined when they do not pair up. */
function pairs(context: RuleContext, flat: readonly ASTPath[]): ExpressionKind | undefined {
  const { j, typeScript } = context;
  if (flat.length === 0 || flat.length % 2 !== 0 || !flat.every(isScalar)) return undefined;
  const template = new CodeTemplate().text('[');
  for (let index = 0; index < flat.length; index += 2) {
    const pair = inlineObject(j, [['key', asGlideString(j, flat[index], typeScript)], ['value', asGlideString(j, flat[index + 1], typeScript)]]);
    template.text(index > 0 ? ', ' : '').node(pair);
  }
  return template.text(']').toExpression(j);
}

/** An object literal, with number values made strings in TypeScript (GLIDE's record holds GlideStrings). */
function record(context: RuleContext, path: ASTPath): ExpressionKind {
  const properties = (path.node as unknown as { properties: { type: string; value?: unknown; shorthand?: boolean }[] }).properties;
  properties.forEach((property, index) => {
    if (property.type !== 'ObjectProperty' && property.type !== 'Property') return;
    const value = asGlideString(context.j, path.get('properties', index, 'value') as ASTPath, context.typeScript);
    if (value !== property.value) Object.assign(property, { value, shorthand: false });
  });
  return path.node as unknown as ExpressionKind;
}

/** `Array.from(map, ([key, value]) => ({ key, value }))`: the Map's entries in insertion order. */
function mapEntries(context: RuleContext, path: ASTPath): ExpressionKind {
  return new CodeTemplate().text('Array.from(').node(path.node as unknown as ExpressionKind).text(', ([key, value]) => ({ key, value }))').toExpression(context.j);
}

function isMapConstruction(path: ASTPath): boolean {
  const node = path.node as unknown as { type: string; callee?: { type: string; name?: string } };
  return node.type === 'NewExpression' && node.callee?.type === 'Identifier' && node.callee.name === 'Map';
}

const UNPAIRED = 'keys and values that do not pair up with certainty (a spread, a nested array, an odd count)';

/** GLIDE's one argument, or why the source's cannot be mapped with certainty (for the TODO). */
function glideArgument(call: ClientCall, context: RuleContext): ExpressionKind | string {
  const paths = argumentPaths(call.path);
  const [only] = paths;
  const ioredis = call.binding.library === 'ioredis';
  if (paths.some((path) => path.node.type === 'SpreadElement')) return UNPAIRED;
  if (paths.length === 1 && only.node.type === 'ObjectExpression') return record(context, only);
  if (paths.length === 1 && ioredis && isMapConstruction(only)) return mapEntries(context, only);
  if (paths.length === 1 && !isArrayLiteral(only)) return 'one argument that may be an object, a Map or an array';
  if (ioredis) return pairs(context, paths.flatMap((path) => (isArrayLiteral(path) ? elementsOf(path) : [path]))) ?? UNPAIRED;
  if (paths.length !== 1) return 'more than one argument';
  const elements = elementsOf(only);
  if (!elements.every(isArrayLiteral)) return pairs(context, elements) ?? UNPAIRED;
  const tuples = elements.map(elementsOf);
  return (tuples.every((tuple) => tuple.length === 2) && pairs(context, tuples.flat())) || UNPAIRED;
}

function apply(call: ClientCall, context: RuleContext): void {
  const glide = GLIDE_NAMES[call.binding.library][call.method];
  const argument = glideArgument(call, context);
  if (typeof argument === 'string') {
    context.flag(call.path, `${call.method}() is called with ${argument}; pass GLIDE's ${glide}() a record or [{ key, value }, ...] by hand`);
    return;
  }
  setMethod(call, context, glide);
  setArguments(call, [argument]);
  if (glide === 'msetnx') context.convertReply(call, BOOLEAN_TO_INTEGER);
  context.recordEdit(call.path.node, `${call.method}(...) → ${glide}(...)${glide === 'msetnx' ? ', true/false read back as 1/0' : ''}`);
}

export const msetKeyValuePairs = defineCallRule({
  id: 'mset-key-value-pairs',
  phase: 'commands',
  summary: 'MSET / MSETNX pairs become GLIDE’s [{ key, value }] (order kept) or a record; MSETNX’s boolean is read back as 1/0',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: Object.keys(GLIDE_NAMES.ioredis), 'node-redis': Object.keys(GLIDE_NAMES['node-redis']) },
  apply,
});
