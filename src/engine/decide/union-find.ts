/**
 * Groups keys that are joined, directly or through others: the clients that one value reaches form one family,
 * and a family is migrated or left as a whole.
 */
export class UnionFind {
  private readonly parents = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let parent = this.parents.get(root); parent !== undefined && parent !== root; parent = this.parents.get(root)) {
      root = parent;
    }
    // Path halving is not needed at these sizes; point every key on the way straight at the root.
    for (let current = key; current !== root; ) {
      const next = this.parents.get(current) ?? root;
      this.parents.set(current, root);
      current = next;
    }
    if (!this.parents.has(root)) this.parents.set(root, root);
    return root;
  }

  join(a: string, b: string): void {
    const left = this.find(a);
    const right = this.find(b);
    if (left !== right) this.parents.set(left, right);
  }

  sameGroup(a: string, b: string): boolean {
    return this.find(a) === this.find(b);
  }
}
