/**
 * Rebuilds arguments for GLIDE's signatures from the source call's arguments:
 * - `listOf`: ioredis' variadic or nested arguments (`del('a', 'b')`, `del(['a', 'b'])`, `del(keys)`) become the
 *   one array GLIDE takes. A lone string is always wrapped, never passed where GLIDE would split it into
 *   characters; an expression of unknown shape is flattened at run time with `[x].flat()`, as ioredis does.
 * - `asGlideString`: in TypeScript a number where GLIDE's types want a string is turned into a string, as
 *   ioredis and GLIDE both send it as text on the wire.
 */
import type { ASTPath, CallExpression, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind, SpreadElementKind } from 'ast-types/lib/gen/kinds.js';
import { shapeOfValue } from './value-shape.js';

export type ArgumentKind = ExpressionKind | SpreadElementKind;

/** The paths of a call's arguments, so their shapes can be looked up in scope. */
export function argumentPaths(call: ASTPath<CallExpression>): ASTPath[] {
  return call.node.arguments.map((_, index) => call.get('arguments', index) as ASTPath);
}

export function listOf(j: JSCodeshift, paths: readonly ASTPath[], typeScript: boolean): ExpressionKind {
  const elements: ArgumentKind[] = [];
  let needsFlattening = false;
  for (const path of paths) {
    const node = path.node as unknown as ArgumentKind;
    if (node.type === 'SpreadElement') {
      elements.push(node);
      needsFlattening = true;
      continue;
    }
    const shape = shapeOfValue(path);
    if (node.type === 'ArrayExpression') {
      const inner = (path.get('elements') as ASTPath).map?.((element: ASTPath) => element) ?? [];
      for (const element of inner as ASTPath[]) elements.push(asGlideString(j, element, typeScript) as ArgumentKind);
      continue;
    }
    if (shape === 'string' || shape === 'number') {
      elements.push(asGlideString(j, path, typeScript));
      continue;
    }
    if (shape === 'array' && paths.length === 1) return node as ExpressionKind;
    elements.push(node);
    needsFlattening = true;
  }
  const array = j.arrayExpression(elements);
  return needsFlattening ? j.callExpression(j.memberExpression(array, j.identifier('flat')), []) : array;
}

/** A numeric literal becomes its string; another number-typed expression `String(x)`; in TypeScript only. */
export function asGlideString(j: JSCodeshift, path: ASTPath, typeScript: boolean): ExpressionKind {
  const node = path.node as unknown as ExpressionKind;
  if (!typeScript || shapeOfValue(path) !== 'number') return node;
  if (node.type === 'NumericLiteral') return j.stringLiteral(String(node.value));
  const negated = node.type === 'UnaryExpression' && node.operator === '-' ? node.argument : undefined;
  if (negated?.type === 'NumericLiteral') return j.stringLiteral(String(-negated.value));
  return j.callExpression(j.identifier('String'), [node]);
}
