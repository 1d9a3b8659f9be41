/**
 * The key array a GLIDE method is given, never the program's own array where GLIDE writes into it: GLIDE 2.5.2's
 * `zdiff`, `zdiffWithScores`, `zintercard`, `sintercard` and `zmpop` build the command in the array they get
 * (`keys.unshift(count)`, `keys.push('WITHSCORES')`; checked against a server: `['a']` is `['1', 'a']` after
 * `zdiff(keys)`), where the source clients left it alone. An array the program holds is passed to those as a copy.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { listOf } from './arguments.js';

const WRITES_INTO_KEYS = new Set(['zdiff', 'zdiffWithScores', 'zintercard', 'sintercard', 'zmpop']);

/** node-redis' key or keys as the one array `glide` takes (see `listOf`), copied where `glide` writes into it. */
export function keyListFor(glide: string, j: JSCodeshift, path: ASTPath, typeScript: boolean): ExpressionKind {
  const list = listOf(j, [path], typeScript);
  return list === (path.node as unknown) && WRITES_INTO_KEYS.has(glide) ? j.arrayExpression([j.spreadElement(list)]) : list;
}
