/**
 * Hands recast back the nodes a rewrite left as they were parsed, before printing.
 *
 * recast parses into a copy of the parser's tree, each copied node linked to its original (`node.original`), and
 * when it prints it compares the copy with the original, node by node, to find what to reprint; a subtree found
 * unchanged is printed as its original source text. That comparison is most of the cost of printing a file, and
 * it is spent mostly on the untouched bulk of the file. Here one cheaper pass finds the largest subtrees whose
 * copy still matches the original exactly (same fields, same values, children that are copies of the original's
 * children in the same places) and puts the original itself back in their place, each of its nodes linked to
 * itself. recast's comparison then stops at once at those nodes (a node is trivially equal to itself) and copies
 * their source text, which is what it would have printed for them after comparing them in full; where recast
 * prints an ancestor generically, the links let it reuse each child's text as before.
 *
 * "Unchanged" here is stricter than recast's own test (any added field, comment or default value counts as a
 * change), so this never makes recast reuse text it would have reprinted.
 */

type AstObject = Record<string, unknown> & { original?: AstObject };

const isObject = (value: unknown): value is AstObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a copied value equals the original value it was copied from, child for child. */
function matchesOriginal(copy: unknown, original: unknown, verdicts: Map<object, boolean>): boolean {
  if (copy === original) return true;
  if (Array.isArray(copy)) {
    if (!Array.isArray(original) || copy.length !== original.length) return false;
    return copy.every((element, index) => matchesOriginal(element, original[index], verdicts));
  }
  if (!isObject(copy) || !isObject(original)) return false;
  return copy.original === original && isUnchanged(copy, verdicts);
}

/** Whether a copied node (or plain object) still holds exactly what its original holds. */
function isUnchanged(copy: AstObject, verdicts: Map<object, boolean>): boolean {
  const known = verdicts.get(copy);
  if (known !== undefined) return known;
  const original = copy.original;
  let unchanged = isObject(original) && Object.getPrototypeOf(copy) === Object.getPrototypeOf(original);
  if (unchanged) {
    const keys = Object.keys(copy);
    unchanged = keys.length === Object.keys(original as AstObject).length;
    for (let index = 0; unchanged && index < keys.length; index++) {
      const key = keys[index];
      unchanged = Object.hasOwn(original as AstObject, key) && matchesOriginal(copy[key], (original as AstObject)[key], verdicts);
    }
  }
  verdicts.set(copy, unchanged);
  // The original may be printed in the copy's place (it or an unchanged ancestor is put back): recast reprints a
  // node against `node.original`, and where it prints an ancestor generically it reuses each child's source text
  // only through that link. The original is its own.
  if (unchanged) linkToItself(original as AstObject);
  return unchanged;
}

function linkToItself(original: AstObject): void {
  if (original.original !== original) Object.defineProperty(original, 'original', { value: original, configurable: true, writable: true });
}

/** Puts the original back wherever a whole subtree below `node` is unchanged; returns how many were put back. */
function shareBelow(node: AstObject, verdicts: Map<object, boolean>): number {
  let shared = 0;
  const visit = (container: Record<string | number, unknown>, key: string | number) => {
    const value = container[key];
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(value as unknown as Record<number, unknown>, index);
      return;
    }
    if (!isObject(value) || !isObject(value.original)) return;
    if (isUnchanged(value, verdicts)) {
      container[key] = value.original;
      shared += 1;
      return;
    }
    shared += shareBelow(value, verdicts);
  };
  for (const key of Object.keys(node)) {
    if (key !== 'loc' && key !== 'tokens') visit(node, key);
  }
  return shared;
}

/**
 * Replaces each largest unchanged subtree of a recast tree (from `recast.parse`, then rewritten) with its original.
 * Meant for the moment before printing, when no rule will look at the tree again: the paths rules held no longer
 * describe it afterwards.
 */
export function shareUnchangedSubtrees(root: object): number {
  return shareBelow(root as AstObject, new Map());
}
