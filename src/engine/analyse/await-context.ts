/**
 * Whether `await` may stand at a given place: inside an async function, or at module scope of an ES module.
 * Class field initialisers and synchronous functions cannot await, which decides the migrated client's shape.
 */
import type { ASTPath } from 'jscodeshift';
import type { ModuleSystem } from './types.js';

/** Nodes that start a function body (where `await` stops being allowed, and a rejection stops travelling up). */
export const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

export function findEnclosingFunction(path: ASTPath): ASTPath | undefined {
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (FUNCTION_TYPES.has(current.node.type)) return current;
    if (['ClassProperty', 'ClassPrivateProperty', 'PropertyDefinition'].includes(current.node.type)) return current;
  }
  return undefined;
}

export function canAwaitAt(path: ASTPath, moduleSystem: ModuleSystem): boolean {
  const enclosing = findEnclosingFunction(path);
  if (!enclosing) return moduleSystem === 'esm';
  if (!FUNCTION_TYPES.has(enclosing.node.type)) return false;
  return Boolean((enclosing.node as { async?: boolean }).async);
}
