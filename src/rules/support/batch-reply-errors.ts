/**
 * Where a program takes the error of a failed command out of ioredis' batch reply: the first element of an
 * `[error, value]` pair. The pairs are followed as the syntax shows them:
 * - destructured where the reply is awaited: `const [[setError, set], [incrError]] = await pipeline.exec()`;
 * - held in a name (`const results = await ...exec()`, an exec callback's second parameter, a `.then` callback's
 *   parameter) and then destructured: `for (const [error, value] of results)`, `results.map(([error]) => ...)`,
 *   `const [[first]] = results`, or read by index: `results[1][0]`.
 * Each place is a name bound to an error (its reads are for error-inspection to judge) or an index read of one.
 */

/** A place the program gets an error at: a name bound to it (read only inside `within`, when set) or a read. */
export interface BatchErrorPlace {
  readonly path: ASTPath;
  readonly within?: ASTPath;
}
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import { promiseChainOf } from '../../engine/analyse/promise-chain.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { functionOfArgument } from '../../engine/analyse/client-flow.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/** Array methods whose callback is given one element (a pair) first. */
const ELEMENT_CALLBACKS = new Set(['map', 'forEach', 'filter', 'find', 'some', 'every', 'flatMap', 'findIndex']);

/** The error names of an `[[error, value], ...]` pattern of pairs. */
function errorsOfPairs(pattern: ASTPath): ASTPath[] {
  if (nodeOf(pattern).type !== 'ArrayPattern') return [];
  const elements = (nodeOf(pattern).elements as (NodeLike | null)[]) ?? [];
  return elements.flatMap((element, index) => (element?.type === 'ArrayPattern' ? errorOfPair(pattern.get('elements', index) as ASTPath) : []));
}

/** The error name of an `[error, value]` pattern of one pair. */
function errorOfPair(pattern: ASTPath): ASTPath[] {
  if (nodeOf(pattern).type !== 'ArrayPattern') return [];
  const first = ((nodeOf(pattern).elements as (NodeLike | null)[]) ?? [])[0];
  if (!first) return [];
  const path = pattern.get('elements', 0) as ASTPath;
  return first.type === 'Identifier' ? [path] : first.type === 'AssignmentPattern' ? [path.get('left') as ASTPath] : [];
}

/** The identifiers that read the variable `declared` names, in its scope. */
function readsOfName(declared: ASTPath, identifiers: readonly ASTPath[]): ASTPath[] {
  const name = String(nodeOf(declared).name);
  const scope = lookupScope(declared, name);
  return identifiers.filter((path) => path.node !== declared.node && nodeOf(path).name === name && lookupScope(path, name) === scope);
}

/** Expressions that pass the pairs on as they are: `results ?? []`, `results!`, `(results as T)`. */
function pairsExpression(read: ASTPath): ASTPath {
  let current = read;
  for (let parent = current.parent as ASTPath | null; parent; current = parent, parent = parent.parent as ASTPath | null) {
    const node = nodeOf(parent);
    const defaulted = node.type === 'LogicalExpression' && (node.operator === '??' || node.operator === '||') && node.left === current.node;
    if (!defaulted && !['TSNonNullExpression', 'TSAsExpression', 'ParenthesizedExpression'].includes(node.type)) return current;
  }
  return current;
}

/** The places a name holding the pairs gives their errors away. */
function errorsFromHolder(holder: ASTPath, identifiers: readonly ASTPath[]): BatchErrorPlace[] {
  return readsOfName(holder, identifiers).flatMap((name): BatchErrorPlace[] => {
    const read = pairsExpression(name);
    const parent = read.parent as ASTPath;
    const parentNode = nodeOf(parent);
    // for (const [error, value] of results)
    if (parentNode.type === 'ForOfStatement' && parentNode.right === read.node) {
      const left = parent.get('left') as ASTPath;
      const declaration = nodeOf(left).type === 'VariableDeclaration' ? (left.get('declarations', 0, 'id') as ASTPath) : left;
      return errorOfPair(declaration).map((path) => ({ path, within: parent }));
    }
    // const [[error]] = results
    if (parentNode.type === 'VariableDeclarator' && parentNode.init === read.node) return errorsOfPairs(parent.get('id') as ASTPath).map((path) => ({ path }));
    if (parentNode.type === 'MemberExpression' && parentNode.object === read.node) {
      const property = parentNode.property as NodeLike;
      // results.map(([error]) => ...)
      const call = parent.parent as ASTPath;
      if (!parentNode.computed && ELEMENT_CALLBACKS.has(String(property.name)) && nodeOf(call).type === 'CallExpression' && nodeOf(call).callee === parentNode) {
        const fn = (nodeOf(call).arguments as unknown[]).length > 0 ? functionOfArgument(call.get('arguments', 0) as ASTPath) : undefined;
        return fn && ((nodeOf(fn).params as unknown[]) ?? []).length > 0 ? errorOfPair(fn.get('params', 0) as ASTPath).map((path) => ({ path, within: fn })) : [];
      }
      // results[1][0]
      const outer = nodeOf(parent.parent as ASTPath);
      if (parentNode.computed && outer.type === 'MemberExpression' && outer.object === parentNode && outer.computed) {
        const index = outer.property as NodeLike;
        if ((index.type === 'NumericLiteral' || index.type === 'Literal') && index.value === 0) return [{ path: parent.parent as ASTPath }];
      }
    }
    return [];
  });
}

/** A name bound to the reply: the variable it is awaited into, or a callback's parameter. */
function holdersOf(exec: ClientCall): ASTPath[] {
  const holders: ASTPath[] = [];
  const outer = outerExpressionPath(exec.path);
  const awaited = outer.parent && nodeOf(outer.parent).type === 'AwaitExpression' ? outerExpressionPath(outer.parent as ASTPath) : undefined;
  const declarator = awaited?.parent as ASTPath | undefined;
  if (declarator && nodeOf(declarator).type === 'VariableDeclarator' && nodeOf(declarator).init === awaited?.node) holders.push(declarator.get('id') as ASTPath);
  // exec((err, results) => ...)
  if (exec.callback) {
    const fn = functionOfArgument(exec.callback);
    if (fn && ((nodeOf(fn).params as unknown[]) ?? []).length > 1) holders.push(fn.get('params', 1) as ASTPath);
  }
  for (const { method, invocation } of promiseChainOf(exec.path as unknown as ASTPath)) {
    if (method !== 'then' || (nodeOf(invocation).arguments as unknown[]).length === 0) continue;
    const fn = functionOfArgument(invocation.get('arguments', 0) as ASTPath);
    if (fn && ((nodeOf(fn).params as unknown[]) ?? []).length > 0) holders.push(fn.get('params', 0) as ASTPath);
    break;
  }
  return holders;
}

/**
 * The places an ioredis batch's exec gives the program a failed command's error: names bound to one (their reads
 * are the caller's to judge) and index reads of one.
 */
export function batchReplyErrors(exec: ClientCall, identifiers: () => readonly ASTPath[]): BatchErrorPlace[] {
  return holdersOf(exec).flatMap((holder): BatchErrorPlace[] => {
    const kind = nodeOf(holder).type;
    const callbackParameter = kind === 'ArrayPattern' && holder.parent && nodeOf(holder.parent).type !== 'VariableDeclarator';
    if (kind === 'ArrayPattern') return errorsOfPairs(holder).map((path) => (callbackParameter ? { path, within: holder.parent as ASTPath } : { path }));
    return kind === 'Identifier' ? errorsFromHolder(holder, identifiers()) : [];
  });
}
