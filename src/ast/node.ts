/**
 * The one loose node type the codemod reads trees with: any parser's node (Babel's, TypeScript-ESTree's through
 * recast), read field by field where jscodeshift's generated types would need a cast per parser. And the few
 * shape tests every layer asks.
 */
export interface NodeLike {
  type: string;
  [key: string]: unknown;
}

/** The node a path holds, read field by field. */
export function nodeOf(path: { readonly node: unknown }): NodeLike {
  return path.node as NodeLike;
}

/** `this.name`, not computed: a class field reached from a method. */
export function isThisProperty(node: NodeLike): boolean {
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    (node.object as NodeLike).type === 'ThisExpression' &&
    (node.property as NodeLike).type === 'Identifier'
  );
}

/** `x.name` or `{ name: 1 }`: an identifier at `path` that names a property (or a key), not a variable. */
export function namesProperty(path: { readonly node: unknown; readonly parent?: { readonly node: unknown } | null }): boolean {
  const parent = path.parent?.node as NodeLike | undefined;
  if (parent?.type === 'MemberExpression' && parent.property === path.node && !parent.computed) return true;
  return (parent?.type === 'ObjectProperty' || parent?.type === 'Property') && parent.key === path.node && !parent.computed && !parent.shorthand;
}

/**
 * The method a function is given to first (`items.forEach((item) => ...)`, `pairs.find(([e]) => e)`): the name of
 * the non-computed member called with the function at `fn` as its first argument; undefined otherwise.
 */
export function methodGivenCallback(fn: { readonly node: unknown; readonly parent?: { readonly node: unknown } | null }): string | undefined {
  const call = fn.parent?.node as NodeLike | undefined;
  const callee = call?.type === 'CallExpression' ? (call.callee as NodeLike) : undefined;
  if (callee?.type !== 'MemberExpression' || callee.computed || (call?.arguments as unknown[])[0] !== fn.node) return undefined;
  const property = callee.property as NodeLike;
  return property.type === 'Identifier' ? String(property.name) : undefined;
}
