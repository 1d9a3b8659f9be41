/**
 * node-redis' script options `{ keys: [...], arguments: [...] }` (of `eval`, `evalSha`): read from an object
 * literal, as GLIDE's `{ keys, args }` and as the words of a raw `EVAL` / `EVALSHA` after the script
 * (`numkeys key... arg...`). node-redis accepts only strings and Buffers there, which GLIDE sends as they are.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind, SpreadElementKind } from 'ast-types/lib/gen/kinds.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { objectLiteralEntries } from './object-literal-entries.js';

export interface NodeRedisScriptOptions {
  readonly keys?: ASTPath;
  readonly args?: ASTPath;
}

/** The options, or undefined when they are not an object literal of `keys` and `arguments` only. */
export function readNodeRedisScriptOptions(path: ASTPath | undefined): NodeRedisScriptOptions | undefined {
  if (!path) return {};
  const entries = objectLiteralEntries(path);
  if (!entries || [...entries.keys()].some((name) => name !== 'keys' && name !== 'arguments')) return undefined;
  return { keys: entries.get('keys'), args: entries.get('arguments') };
}

type Word = ExpressionKind | SpreadElementKind;

/** The elements of a list: an array literal's own, or the list spread (`...list`). */
function spreadOf(j: JSCodeshift, path: ASTPath): Word[] {
  const node = nodeOf(path);
  if (node.type === 'ArrayExpression') return [...(node.elements as Word[])];
  return [j.spreadElement(path.node as ExpressionKind)];
}

/**
 * `numkeys key... arg...` for a raw EVAL / EVALSHA; undefined when the key count is not known from the syntax
 * without reading a list twice (an array literal with a spread, or an expression that is not a plain name).
 */
export function nodeRedisScriptWords(j: JSCodeshift, options: NodeRedisScriptOptions): Word[] | undefined {
  const args = options.args ? spreadOf(j, options.args) : [];
  if (!options.keys) return [j.stringLiteral('0'), ...args];
  const keys = nodeOf(options.keys) as NodeLike;
  if (keys.type === 'ArrayExpression') {
    const elements = keys.elements as (NodeLike | null)[];
    if (elements.some((element) => !element || element.type === 'SpreadElement')) return undefined;
    return [j.stringLiteral(String(elements.length)), ...(elements as unknown as Word[]), ...args];
  }
  if (keys.type !== 'Identifier') return undefined;
  const count = j.callExpression(j.identifier('String'), [j.memberExpression(j.identifier(String(keys.name)), j.identifier('length'))]);
  return [count, j.spreadElement(j.identifier(String(keys.name))), ...args];
}
