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
