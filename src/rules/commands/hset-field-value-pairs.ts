/**
 * ioredis `hset` / `hmset` and node-redis `hSet` take a hash's fields as positional pairs
 * (`hset(k, f1, v1, f2, v2)`), in arrays (ioredis flattens one level, node-redis `hSet(k, [[f, v]])` any
 * depth), as an object or as a Map. GLIDE's `hset` takes an object or an array of `{ field, value }` records.
 * Pairs become records, which keep their order: an object would list integer-like field names first, so a later
 * HGETALL would list the fields in another order. An object is passed on (in TypeScript its number values become
 * strings, as GLIDE's types want; both clients send them as text). A `new Map(...)`, which GLIDE would read as an
 * object without fields, becomes records with `Array.from`. ioredis' `hmset` answered "OK" where GLIDE's `hset`
 * answers the number of new fields, so a read reply becomes "OK". Spreads, an odd count, arrays held in
 * variables and nesting the source client would not flatten are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind, TSTypeKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { shapeOfValue } from '../support/value-shape.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';
import { lookupScope } from '../../ast/scope-lookup.js';

const NOT_A_FIELD = new Set(['SpreadElement', 'ObjectExpression', 'NewExpression', 'ArrowFunctionExpression', 'FunctionExpression']);

const ALWAYS_OK: ReplyConversion = { singleUse: false, convert: (_reply, { j }) => j.stringLiteral('OK') };

/** Appends the fields and values an argument holds, flattening array literals `depth` levels deep. */
function flattenInto(path: ASTPath, depth: number, items: ASTPath[]): boolean {
  const node = path.node as unknown as { type: string; elements?: unknown[] } | null;
  if (!node || NOT_A_FIELD.has(node.type)) return false;
  if (node.type !== 'ArrayExpression') {
    items.push(path);
    return shapeOfValue(path) !== 'array';
  }
  return depth > 0 && (node.elements ?? []).every((_, index) => flattenInto(path.get('elements', index) as ASTPath, depth - 1, items));
}

function recordsOf(items: readonly ASTPath[], context: RuleContext): ExpressionKind {
  const template = new CodeTemplate().text('[');
  for (let index = 0; index < items.length; index += 2) {
    template.text(index > 0 ? ', { field: ' : '{ field: ').node(asGlideString(context.j, items[index], context.typeScript));
    template.text(', value: ').node(asGlideString(context.j, items[index + 1], context.typeScript)).text(' }');
  }
  return template.text(']').toExpression(context.j);
}

/** An object literal's values as GLIDE's types want them (numbers become strings in TypeScript). */
function recordOf(path: ASTPath, context: RuleContext): ExpressionKind {
  const node = path.node as unknown as { properties: { type: string }[] };
  node.properties.forEach((property, index) => {
    if (property.type !== 'ObjectProperty') return;
    const value = path.get('properties', index, 'value') as ASTPath;
    value.replace(asGlideString(context.j, value, context.typeScript));
  });
  return path.node as unknown as ExpressionKind;
}

/** Whether a name is declared `Record<string, string>`, the one object type GLIDE's `hset` takes as it is. */
function declaredStringRecord(path: ASTPath): boolean {
  const node = path.node as unknown as { type: string; name?: string };
  if (node.type !== 'Identifier' || !node.name) return false;
  const declared = (lookupScope(path, node.name)?.getBindings()[node.name] as ASTPath[] | undefined)?.[0];
  const annotation = (declared?.node as unknown as { typeAnnotation?: { typeAnnotation?: TSTypeKind } } | undefined)?.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== 'TSTypeReference' || annotation.typeName.type !== 'Identifier' || annotation.typeName.name !== 'Record') return false;
  return annotation.typeParameters?.params[1]?.type === 'TSStringKeyword';
}

/**
 * An object held in a name is passed on. In TypeScript its type may allow number values, which GLIDE's types refuse
 * although both clients send them as text, so unless it is declared `Record<string, string>` its values are turned
 * into text on the way.
 */
function heldRecord(path: ASTPath, context: RuleContext): ExpressionKind {
  const node = path.node as unknown as ExpressionKind;
  if (!context.typeScript || declaredStringRecord(path)) return node;
  return new CodeTemplate()
    .text('Object.fromEntries(Object.entries(')
    .node(node)
    .text(').map(([field, value]) => [field, String(value)]))')
    .toExpression(context.j);
}

/** GLIDE's fields argument, or undefined when the source's fields are not known from the syntax. */
function fieldsArgument(call: ClientCall, context: RuleContext, rest: readonly ASTPath[]): ExpressionKind | undefined {
  const { j } = context;
  const only = rest.length === 1 ? (rest[0].node as unknown as ExpressionKind) : undefined;
  if (only?.type === 'ObjectExpression') return recordOf(rest[0], context);
  if (only?.type === 'NewExpression' && only.callee.type === 'Identifier' && only.callee.name === 'Map') {
    return new CodeTemplate().text('Array.from(').node(only).text(', ([field, value]) => ({ field, value }))').toExpression(j);
  }
  if (only && only.type !== 'ArrayExpression' && shapeOfValue(rest[0]) === 'unknown') return heldRecord(rest[0], context);
  const items: ASTPath[] = [];
  const depth = call.binding.library === 'ioredis' ? 1 : Infinity;
  const known = rest.every((path) => flattenInto(path, depth, items));
  return known && items.length > 0 && items.length % 2 === 0 ? recordsOf(items, context) : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const [key, ...rest] = argumentPaths(call.path);
  const fields = key && hasOnlyPositionalArguments(call) ? fieldsArgument(call, context, rest) : undefined;
  if (!fields) {
    context.flag(call.path, cannotMap(call, 'hset', 'fields'));
    return;
  }
  setMethod(call, context, 'hset');
  setArguments(call, [asGlideString(context.j, key, context.typeScript), fields]);
  if (call.method === 'hmset') context.convertReply(call, ALWAYS_OK);
  context.recordEdit(call.path.node, `${call.method}(...) → hset(key, ${fields.type === 'ArrayExpression' ? '[{ field, value }, ...]' : 'fields'})`);
}

export const hsetFieldValuePairs = defineCallRule({
  id: 'hset-field-value-pairs',
  phase: 'commands',
  summary: 'Hash fields given as pairs, arrays or a Map become GLIDE’s ordered [{ field, value }] records',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['hset', 'hmset'], 'node-redis': ['hSet'] },
  apply,
});
