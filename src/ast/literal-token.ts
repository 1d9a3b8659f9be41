/**
 * The keyword a source call passes as a literal (`'NX'`, `'before'`, `'COUNT'`), upper-cased because the server
 * reads keywords case-insensitively (ioredis and node-redis send them as written). Undefined when the argument
 * is computed at run time: the rule cannot know the keyword then, and flags the call instead of guessing.
 * JavaScript files parse string literals as ESTree `Literal` nodes, TypeScript files as `StringLiteral`.
 */
import { literalValue } from './literal-value.js';

export function literalToken(node: unknown): string | undefined {
  const literal = node as { type: string; value?: unknown };
  const value = literal.type === 'Literal' ? literal.value : literalValue(node);
  return typeof value === 'string' ? value.toUpperCase() : undefined;
}
