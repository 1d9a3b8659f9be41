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
  readonly didScan: boolean;
  lookup(name: string): ScopeLike | null;
  declares(name: string): boolean;
  scan(): void;
}

/** A name no program can declare, held by a `catch {` clause while its scope is scanned. */
const NO_BINDING = { type: 'Identifier', name: '\u0000no binding' };

/** The `catch {` clauses without a binding in a subtree (functions and all: a scan goes into them too). */
function catchesWithoutBinding(node: unknown, found: { param: unknown }[] = []): { param: unknown }[] {
  if (typeof node !== 'object' || node === null) return found;
  if (Array.isArray(node)) {
    for (const child of node) catchesWithoutBinding(child, found);
    return found;
  }
  const record = node as Record<string, unknown>;
  if (record.type === 'CatchClause' && record.param == null) found.push(record as { param: unknown });
  for (const key of Object.keys(record)) if (key !== 'loc' && key !== 'tokens' && key !== 'comments' && key !== 'original') catchesWithoutBinding(record[key], found);
  return found;
}

/**
 * Scans a scope as ast-types does, with each `catch {` inside it holding a placeholder binding meanwhile: ast-types
 * 0.16 asserts that a catch clause's parameter is a pattern, so scanning any scope that holds `catch {` failed. The
 * clauses get their missing parameter back at once; the scan's result is kept by the scope.
 */
/** The clauses of a whole program, found once per program (rules write no `catch {}` of their own). */
const clausesByProgram = new WeakMap<object, { param: unknown }[]>();

function programClauses(scope: ScopeLike): { param: unknown }[] {
  let top = scope;
  while (top.parent) top = top.parent;
  let clauses = clausesByProgram.get(top.node);
  if (!clauses) clausesByProgram.set(top.node, (clauses = catchesWithoutBinding(top.node)));
  return clauses;
}

function scanSafely(scope: ScopeLike): void {
  if (scope.didScan) return;
  const clauses = programClauses(scope);
  for (const clause of clauses) clause.param = NO_BINDING;
  try {
    scope.scan();
  } finally {
    for (const clause of clauses) clause.param = null;
  }
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
 * such a block looked up a name through it), and scanning each scope so that a `catch {` inside it does not fail
 * the scan.
 */
export function lookupScope(path: AnyPath, name: string): ASTPath['scope'] {
  for (let scope = scopeAround(path); scope; scope = scope.parent ?? undefined) {
    if (isCatchWithoutBinding(scope)) continue;
    scanSafely(scope);
    if (scope.declares(name)) return scope as unknown as ASTPath['scope'];
  }
  return undefined;
}
