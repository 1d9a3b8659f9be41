/**
 * The `try` statement that sees a command fail: the nearest one whose block awaits the command, without leaving
 * the command's function (a rejection that is not awaited, or that happens in another function, never reaches
 * it). The handlers of errors and the place connections fail are read from it.
 */
import type { ASTPath } from 'jscodeshift';
import { FUNCTION_TYPES } from '../../engine/analyse/await-context.js';
import { nodeOf } from '../../ast/node.js';

export function tryAwaiting(path: ASTPath): ASTPath | undefined {
  let awaited = false;
  for (let child = path, current = path.parent as ASTPath | null; current; child = current, current = current.parent as ASTPath | null) {
    const node = nodeOf(current);
    if (FUNCTION_TYPES.has(node.type)) return undefined;
    if (node.type === 'AwaitExpression') awaited = true;
    if (node.type === 'TryStatement' && node.block === child.node) return awaited ? current : undefined;
  }
  return undefined;
}

/** Whether `path` lies below `ancestor` (or is it). */
export function isWithin(path: ASTPath, ancestor: ASTPath): boolean {
  for (let current: ASTPath | null = path; current; current = current.parentPath as ASTPath | null) {
    if (current === ancestor) return true;
  }
  return false;
}
