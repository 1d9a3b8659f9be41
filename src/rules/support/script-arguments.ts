/**
 * Keys and arguments for a GLIDE script call. GLIDE sends a key or argument that is not a string or a Buffer as an
 * EMPTY string (`invokeScript(s, { args: [5] })` runs the script with `ARGV[1] == ""`, checked against a server),
 * where ioredis sent numbers and booleans as their text and `null` / `undefined` as `""`. So each ioredis value
 * becomes text where the syntax shows it is not one: literals become the string ioredis sent, other expressions
 * `String(x)`. A string or a Buffer is passed as it is. A spread or an array (ioredis flattens them into several
 * values) cannot be placed among keys and arguments from the syntax, so it is refused.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { literalValue } from '../../ast/literal-value.js';
import { inlineObject } from '../../ast/inline-object.js';
import { shapeOfValue, thisPropertyAnnotation } from './value-shape.js';
import { lookupScope } from '../../ast/scope-lookup.js';

function isBufferAnnotation(annotation: unknown): boolean {
  const type = (annotation as NodeLike | undefined)?.typeAnnotation as NodeLike | undefined;
  const name = type?.type === 'TSTypeReference' ? (type.typeName as NodeLike) : undefined;
  return name?.type === 'Identifier' && name.name === 'Buffer';
}

/** `Buffer.from(...)`, `Buffer.alloc(...)`, or a name whose TypeScript annotation is `Buffer`. */
function isBufferValue(path: ASTPath): boolean {
  const node = nodeOf(path);
  if (node.type === 'CallExpression') {
    const callee = node.callee as NodeLike;
    return callee.type === 'MemberExpression' && (callee.object as NodeLike).type === 'Identifier' && (callee.object as NodeLike).name === 'Buffer';
  }
  if (node.type !== 'Identifier') return false;
  const declared = (lookupScope(path, String(node.name))?.getBindings()[String(node.name)] as ASTPath[] | undefined)?.[0];
  return declared !== undefined && isBufferAnnotation(nodeOf(declared).typeAnnotation);
}

function isStringAnnotation(annotation: unknown): boolean {
  return ((annotation as NodeLike | undefined)?.typeAnnotation as NodeLike | undefined)?.type === 'TSStringKeyword';
}

/** One ioredis key or argument as GLIDE must be given it; undefined for a spread or an array. */
export function scriptValue(j: JSCodeshift, path: ASTPath): ExpressionKind | undefined {
  const node = nodeOf(path);
  if (node.type === 'SpreadElement') return undefined;
  const shape = shapeOfValue(path);
  if (shape === 'array') return undefined;
  const annotation = thisPropertyAnnotation(path);
  if (shape === 'string' || isStringAnnotation(annotation) || isBufferAnnotation(annotation) || isBufferValue(path)) return path.node as ExpressionKind;
  const value = literalValue(node);
  if (value === null || (node.type === 'Identifier' && node.name === 'undefined')) return j.stringLiteral('');
  if (value !== undefined) return j.stringLiteral(String(value));
  return j.callExpression(j.identifier('String'), [path.node as ExpressionKind]);
}

export interface ScriptInputs {
  readonly keys: readonly ExpressionKind[];
  readonly args: readonly ExpressionKind[];
}

/** ioredis' values after the key count: the first `keyCount` are keys, the rest arguments; undefined if refused. */
export function ioredisScriptInputs(j: JSCodeshift, values: readonly ASTPath[], keyCount: number): ScriptInputs | undefined {
  const converted = values.map((path) => scriptValue(j, path));
  if (converted.some((value) => value === undefined) || keyCount > values.length) return undefined;
  const all = converted as ExpressionKind[];
  return { keys: all.slice(0, keyCount), args: all.slice(keyCount) };
}

/** GLIDE's `{ keys: [...], args: [...] }`, without an empty side; undefined when both are empty. */
export function invokeScriptOptions(j: JSCodeshift, inputs: { keys?: ExpressionKind; args?: ExpressionKind }): ExpressionKind | undefined {
  const properties = (['keys', 'args'] as const)
    .filter((name) => inputs[name] !== undefined)
    .map((name) => [name, inputs[name] as ExpressionKind] as const);
  return properties.length > 0 ? inlineObject(j, properties) : undefined;
}

/** The key count ioredis was given as a literal (`1` or `'1'`), if it is a whole number. */
export function literalKeyCount(path: ASTPath | undefined): number | undefined {
  const value = path && literalValue(path.node);
  const count = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined;
}
