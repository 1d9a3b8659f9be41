/**
 * Looks a name up through the scopes around a path, as `path.scope.lookup(name)` does, but starting above a
 * `catch {` without a binding: ast-types 0.16 takes such a clause for a scope and, scanning it, asserts that its
 * missing parameter is a pattern (`null does not match type Pattern`), so any lookup from code inside the block
 * failed. A clause without a parameter declares nothing, so starting at the scope around it finds the same binding.
 */
import type { ASTPath } from 'jscodeshift';

interface ScopeLike {
  readonly node: { readonly type: string; readonly param?: unknown };
  readonly parent: ScopeLike | null;
  lookup(name: string): ScopeLike | null;
  declares(name: string): boolean;
}

const isCatchWithoutBinding = (scope: ScopeLike) => scope.node.type === 'CatchClause' && !scope.node.param;

/** Any path (ast-types' `NodePath` of whatever node type): only its `scope` is read. */
type AnyPath = { readonly scope?: unknown };

export function scopeAround(path: AnyPath): ScopeLike | undefined {
  let scope = (path.scope as ScopeLike | null | undefined) ?? undefined;
  while (scope && isCatchWithoutBinding(scope)) scope = scope.parent ?? undefined;
  return scope;
}

/**
 * The scope declaring `name` as seen from `path`, like `path.scope.lookup(name)` (typed as loosely as it is), but
 * passing over every `catch {` without a binding on the way up, not only one around `path` (a function inside
 * such a block looked up a name through it and failed).
 */
export function lookupScope(path: AnyPath, name: string): ASTPath['scope'] {
  for (let scope = scopeAround(path); scope; scope = scope.parent ?? undefined) {
    if (!isCatchWithoutBinding(scope) && scope.declares(name)) return scope as unknown as ASTPath['scope'];
  }
  return undefined;
}
