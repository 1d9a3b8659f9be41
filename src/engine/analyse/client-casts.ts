/**
 * Casts around a client: `client as RedisClientType`, `client!`, `(client)` keep it a client the analysis
 * follows; `client as any` or `as unknown` hides it from every check that follows, so the analysis treats it as
 * handed to code it does not see.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';

const CASTS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ParenthesizedExpression']);

/** Whether a node is a cast (or parentheses) around an expression. */
export function isCast(node: NodeLike | undefined): boolean {
  return node !== undefined && CASTS.has(node.type);
}

/** Whether a cast leaves a client typed as one: a named type, `!` or parentheses (not `any`, `unknown`, `object`). */
export function keepsClientType(node: NodeLike): boolean {
  const annotation = node.typeAnnotation as NodeLike | undefined;
  return annotation === undefined || annotation.type === 'TSTypeReference';
}

/** The expression inside the casts that keep a client a client. */
export function insideClientCasts(path: ASTPath): ASTPath {
  let current = path;
  while (isCast(nodeOf(current)) && keepsClientType(nodeOf(current))) {
    current = current.get('expression') as ASTPath;
  }
  return current;
}

/**
 * The outermost of the casts around a reference that keep it a client, and whether a cast around that hides it
 * (`(client as any)`).
 */
export function outsideClientCasts(path: ASTPath): { readonly path: ASTPath; readonly hidden: boolean } {
  let current = path;
  for (let parent = current.parent as ASTPath | null; parent && isCast(nodeOf(parent)); parent = current.parent as ASTPath | null) {
    if (!keepsClientType(nodeOf(parent))) return { path: parent, hidden: true };
    current = parent;
  }
  return { path: current, hidden: false };
}
