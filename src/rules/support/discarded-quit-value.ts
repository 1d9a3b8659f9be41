/**
 * Where the "OK" a `quit()` resolves to goes nowhere the program reads, though the call's value is formally used:
 * - `redis.quit().catch(handler);`: only a rejection is handled, and the chain's outcome is thrown away;
 * - `p.then(() => redis.quit());` (or the handler of a `.catch` / `.finally` of such a chain): the value only
 *   settles a promise whose outcome is thrown away, with nothing after it but `.catch` links.
 * GLIDE's `close()` returns nothing and never rejects, so in both places it stands for the call as it is.
 */
import type { ASTPath } from 'jscodeshift';
import { promiseChainOf, type PromiseLink } from '../../engine/analyse/promise-chain.js';
import { nodeOf } from '../../ast/node.js';

/** The statement holding `expression` takes nothing from it: `expression;` or `await expression;`. */
function isThrownAway(expression: ASTPath): boolean {
  const parent = expression.parent as ASTPath | null;
  if (parent?.node.type === 'AwaitExpression') return parent.parent?.node.type === 'ExpressionStatement';
  return parent?.node.type === 'ExpressionStatement';
}

/** `links` only handle rejections, and the last one's outcome is thrown away (none: `promise` itself). */
function catchesThenThrownAway(promise: ASTPath, links: readonly PromiseLink[]): boolean {
  return links.every((link) => link.method === 'catch') && isThrownAway(links.at(-1)?.invocation ?? promise);
}

/** The `.catch(...)` links of `redis.quit().catch(handler);`, which only handle its rejection; undefined otherwise. */
export function rejectionHandlersOnly(call: ASTPath): readonly PromiseLink[] | undefined {
  const links = promiseChainOf(call);
  return links.length > 0 && catchesThenThrownAway(call, links) ? links : undefined;
}

/** `call` is what a handler of a thrown-away chain returns (`p.then(() => redis.quit());`). */
export function settlesThrownAwayPromise(call: ASTPath): boolean {
  const handler = call.parent as ASTPath | null;
  if (handler?.node.type !== 'ArrowFunctionExpression' || nodeOf(handler).body !== call.node) return false;
  const invocation = handler.parent as ASTPath | null;
  const callee = invocation?.node.type === 'CallExpression' ? nodeOf(invocation).callee : undefined;
  const receiver = (callee as { object?: unknown } | undefined)?.object;
  if (!invocation || !receiver || !(nodeOf(invocation).arguments as unknown[]).includes(handler.node)) return false;
  // The handler is a link of the chain of whatever `receiver` is: that link and those after it.
  const links = promiseChainOf((invocation.get('callee', 'object') as ASTPath));
  const index = links.findIndex((link) => link.invocation.node === invocation.node);
  return index >= 0 && catchesThenThrownAway(invocation, links.slice(index + 1));
}
