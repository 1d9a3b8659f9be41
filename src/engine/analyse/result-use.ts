/**
 * How the program uses the value of a call: awaited or not, read or thrown away. A reply conversion is only
 * needed where the value is read, and it goes around the awaited value or onto the promise accordingly.
 */
import type { ASTPath } from 'jscodeshift';
import type { ResultUse } from './types.js';

const TRANSPARENT = new Set(['ParenthesizedExpression', 'TSNonNullExpression']);

export function outerExpressionPath(path: ASTPath): ASTPath {
  let current = path;
  while (current.parent && TRANSPARENT.has(current.parent.node.type)) current = current.parent;
  return current;
}

/** `promise.finally(() => value)`: `finally` ignores what its callback returns. */
function isFinallyCallbackBody(path: ASTPath): boolean {
  const arrow = path.parent;
  if (arrow?.node.type !== 'ArrowFunctionExpression' || (arrow.node as { body: unknown }).body !== path.node) return false;
  const call = arrow.parent?.node as { type: string; callee?: { type: string; property?: { name?: string } } } | undefined;
  return call?.type === 'CallExpression' && call.callee?.type === 'MemberExpression' && call.callee.property?.name === 'finally';
}

/** `new Promise((resolve) => value)`: the executor's return value is ignored too. */
function isPromiseExecutorBody(path: ASTPath): boolean {
  const arrow = path.parent;
  if (arrow?.node.type !== 'ArrowFunctionExpression' || (arrow.node as { body: unknown }).body !== path.node) return false;
  const construction = arrow.parent?.node as { type: string; callee?: { type: string; name?: string }; arguments?: unknown[] } | undefined;
  return construction?.type === 'NewExpression' && construction.callee?.name === 'Promise' && construction.arguments?.[0] === arrow.node;
}

function isDiscarded(path: ASTPath): boolean {
  const parent = path.parent?.node;
  if (!parent) return false;
  if (parent.type === 'ExpressionStatement') return true;
  if (isFinallyCallbackBody(path) || isPromiseExecutorBody(path)) return true;
  return parent.type === 'UnaryExpression' && (parent as { operator: string }).operator === 'void';
}

export function describeResultUse(callPath: ASTPath): ResultUse {
  const outer = outerExpressionPath(callPath);
  const parent = outer.parent as ASTPath | null;
  if (parent?.node.type === 'AwaitExpression') {
    return { awaited: true, used: !isDiscarded(outerExpressionPath(parent)) };
  }
  return { awaited: false, used: !isDiscarded(outer) };
}
