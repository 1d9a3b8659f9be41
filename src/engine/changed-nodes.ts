/**
 * Visits the nodes of a rewritten tree that a rule may have touched, just before printing: every node except the
 * insides of the subtrees put back unchanged (their originals, linked to themselves by unchanged-subtrees.ts),
 * which hold only the file's own nodes as parsed (or, with `everyNode`, before that step has run: every node).
 * The visitor is told where the node sits, so that it may put another node in its place.
 */

export type AstObject = Record<string, unknown> & { original?: unknown };

export type NodeVisitor = (node: AstObject, container: Record<string | number, unknown>, key: string | number) => void;

const isObject = (value: unknown): value is AstObject => typeof value === 'object' && value !== null;

export function forEachChangedNode(root: object, visitor: NodeVisitor, options: { everyNode?: boolean } = {}): void {
  const seen = new Set<object>();
  const visit = (container: Record<string | number, unknown>, key: string | number): void => {
    const value = container[key];
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(value as unknown as Record<number, unknown>, index);
      return;
    }
    if (value.original === value && !options.everyNode) return;
    if (typeof value.type === 'string') visitor(value, container, key);
    for (const child of Object.keys(value)) {
      if (child !== 'loc' && child !== 'tokens') visit(value, child);
    }
  };
  visit({ root }, 'root');
}
