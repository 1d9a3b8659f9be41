import type { NodeLike } from '../../ast/node.js';
/**
 * The statements a module opens with before its own code: imports, requires (`const x = require('...')`) and
 * directives. New module-level statements that must come before any of the file's code (the GLIDE require, the
 * logger switch) go right after them.
 */
function isRequireDeclaration(node: NodeLike): boolean {
  if (node.type !== 'VariableDeclaration') return false;
  return (node.declarations as NodeLike[]).every((declarator) => {
    const init = declarator.init as NodeLike | null;
    const callee = init?.type === 'CallExpression' ? (init.callee as NodeLike) : undefined;
    return callee?.type === 'Identifier' && callee.name === 'require';
  });
}

export function isPreambleStatement(node: NodeLike): boolean {
  return (
    node.type === 'ImportDeclaration' ||
    isRequireDeclaration(node) ||
    (node.type === 'ExpressionStatement' && typeof node.directive === 'string')
  );
}

/** How many statements the preamble of `body` holds. */
export function preambleLength(body: readonly NodeLike[]): number {
  let index = 0;
  while (index < body.length && isPreambleStatement(body[index])) index += 1;
  return index;
}
