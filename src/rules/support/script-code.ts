/**
 * Where a script's Lua code comes from, as far as the syntax shows: a literal (a string, or a template without
 * holes) or a name bound once at module level (a module-level `const`, or an import). Only such code can become a
 * GLIDE `Script` created once at module level with the same text; code computed where the call stands cannot.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { literalValue } from '../../ast/literal-value.js';
import { lookupScope } from '../../ast/scope-lookup.js';

export type ScriptCode =
  | { readonly kind: 'literal'; readonly text: string; readonly path: ASTPath }
  /** `statement` is the module-level statement that binds the name (an import or a `const` declaration). */
  | { readonly kind: 'module-constant'; readonly name: string; readonly statement: ASTPath; readonly path: ASTPath };

/** The top-level statement holding `path` (a child of the Program), if it is inside one. */
export function moduleStatementOf(path: ASTPath): ASTPath | undefined {
  let current: ASTPath | null = path;
  while (current?.parent && nodeOf(current.parent).type !== 'Program') current = current.parent as ASTPath | null;
  return current?.parent ? current : undefined;
}

function moduleBinding(path: ASTPath, name: string): ASTPath | undefined {
  const scope = lookupScope(path, name);
  if (!scope || !scope.isGlobal) return undefined;
  const declared = (scope.getBindings()[name] as ASTPath[] | undefined) ?? [];
  if (declared.length !== 1) return undefined;
  const statement = moduleStatementOf(declared[0]);
  const node = statement && nodeOf(statement);
  if (node?.type === 'ImportDeclaration') return statement;
  return node?.type === 'VariableDeclaration' && node.kind === 'const' ? statement : undefined;
}

export function findScriptCode(path: ASTPath | undefined): ScriptCode | undefined {
  if (!path) return undefined;
  const node = nodeOf(path) as NodeLike;
  const text = literalValue(node);
  if (typeof text === 'string') return { kind: 'literal', text, path };
  if (node.type !== 'Identifier') return undefined;
  const name = String(node.name);
  const statement = moduleBinding(path, name);
  return statement ? { kind: 'module-constant', name, statement, path } : undefined;
}
