/**
 * The comments written above a script's entry in a client's `scripts` option (`// Adds to a counter.` above
 * `add: ...`): the option leaves GLIDE's configuration, so they go above the script's module-level Script.
 */
import type { ASTPath } from 'jscodeshift';

export function entryComments(definition: ASTPath): readonly unknown[] {
  for (let current = definition.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    const node = current.node as { type: string; comments?: readonly { leading?: boolean }[] | null };
    if (node.type === 'ObjectProperty' || node.type === 'Property') return (node.comments ?? []).filter((comment) => comment.leading);
    if (node.type !== 'CallExpression') return [];
  }
  return [];
}
