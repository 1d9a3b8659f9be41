/**
 * A TypeScript cast (`x as T`, `x satisfies T`) binds as loosely as a comparison, but recast prints one it did
 * not parse without parentheses wherever it stands: `c.mget(keys) as Promise<T>.then(...)` does not parse, and
 * `await x as T` casts the awaited value instead of the promise. A cast put in place of an expression is marked
 * to print in parentheses when its position binds tighter than it (recast honours babel's `extra.parenthesized`).
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';

const CASTS = new Set(['TSAsExpression', 'TSSatisfiesExpression']);

/** Parent kinds, with the child field, that need more than a cast there; `*` is any field. */
const TIGHTER: Readonly<Record<string, string>> = {
  MemberExpression: 'object',
  OptionalMemberExpression: 'object',
  CallExpression: 'callee',
  OptionalCallExpression: 'callee',
  NewExpression: 'callee',
  TaggedTemplateExpression: 'tag',
  UnaryExpression: '*',
  AwaitExpression: '*',
  UpdateExpression: '*',
  BinaryExpression: '*',
  LogicalExpression: '*',
  TSNonNullExpression: '*',
  TSTypeAssertion: '*',
};

/** Marks `replacement`, about to take the place of `path`'s node, to print in parentheses where it must. */
export function parenthesizeCastFor(path: ASTPath, replacement: unknown): void {
  const node = replacement as NodeLike;
  const parent = path.parent?.node as NodeLike | undefined;
  // Parentheses written in the source stay around whatever replaces what they held.
  const written = (nodeOf(path).extra as { parenthesized?: boolean } | undefined)?.parenthesized === true;
  if (!parent || written || !CASTS.has(node.type)) return;
  const field = TIGHTER[parent.type];
  if (field === undefined || (field !== '*' && parent[field] !== path.node)) return;
  node.extra = { ...(node.extra ?? {}), parenthesized: true };
}
