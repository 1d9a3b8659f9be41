/**
 * The promise methods chained onto a call, in order: `redis.get(k).then(f).catch(g)` has a `then` link and a
 * `catch` link. Who handles a command's rejection, and whether anything waits for the chain's outcome, are read
 * from it.
 */
import type { ASTPath } from 'jscodeshift';
import type { NodeLike } from '../../ast/node.js';

export interface PromiseLink {
  readonly method: 'then' | 'catch' | 'finally';
  /** The call of the method: `….then(f)`. */
  readonly invocation: ASTPath;
}

const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);

export function promiseChainOf(call: ASTPath): PromiseLink[] {
  const links: PromiseLink[] = [];
  for (let promise = call; ; ) {
    const member = promise.parent as ASTPath | null;
    const invocation = member?.parent as ASTPath | null;
    const memberNode = member?.node as unknown as NodeLike | undefined;
    const invocationNode = invocation?.node as unknown as NodeLike | undefined;
    if (!member || !invocation || memberNode?.type !== 'MemberExpression' || memberNode.computed) return links;
    if (memberNode.object !== promise.node || invocationNode?.type !== 'CallExpression' || invocationNode.callee !== member.node) return links;
    const method = String((memberNode.property as NodeLike).name);
    if (!PROMISE_METHODS.has(method)) return links;
    links.push({ method: method as PromiseLink['method'], invocation });
    promise = invocation;
  }
}
