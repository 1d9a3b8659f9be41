/**
 * A name for the Script a call runs, from what the program already calls it: the constant holding the code
 * (`RELEASE_LUA` → `releaseLua`), else the function or method the call stands in (`release`), else `lua`.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import type { ScriptCode } from './script-code.js';

function enclosingFunctionName(path: ASTPath): string | undefined {
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    const node = nodeOf(current);
    const key = (node.type === 'ClassMethod' || node.type === 'MethodDefinition' || node.type === 'ObjectMethod' || node.type === 'Property') ? (node.key as NodeLike) : undefined;
    if (key?.type === 'Identifier') return String(key.name);
    if (node.type === 'FunctionDeclaration' && (node.id as NodeLike | null)?.type === 'Identifier') return String((node.id as NodeLike).name);
    const holder = current.parent ? nodeOf(current.parent as ASTPath) : undefined;
    const isFunction = node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
    if (isFunction && holder?.type === 'VariableDeclarator' && (holder.id as NodeLike).type === 'Identifier') return String((holder.id as NodeLike).name);
  }
  return undefined;
}

export function scriptNameHint(use: ASTPath, code: ScriptCode): string {
  if (code.kind === 'module-constant') return code.property ?? code.name;
  return enclosingFunctionName(use) ?? 'lua';
}
