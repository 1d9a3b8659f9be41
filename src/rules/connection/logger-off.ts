/**
 * `Logger.setLoggerConfig('off')`, once per file, placed right after the program's leading imports, requires and
 * the client library's own import (which the GLIDE import takes the place of). GLIDE's logger writes warnings to
 * stdout, so it must be off before the first client is created wherever that happens: a construction inside a
 * function that a top-level statement calls runs before a call placed next to the construction's statement.
 */
import type { ASTPath } from 'jscodeshift';
import { findLibraryImports } from '../../engine/analyse/library-imports.js';
import type { RuleContext } from '../rule.js';

interface NodeLike {
  type: string;
  [key: string]: unknown;
}

function isRequireDeclaration(node: NodeLike): boolean {
  if (node.type !== 'VariableDeclaration') return false;
  return (node.declarations as NodeLike[]).every((declarator) => {
    const init = declarator.init as NodeLike | null;
    const callee = init?.type === 'CallExpression' ? (init.callee as NodeLike) : undefined;
    return callee?.type === 'Identifier' && callee.name === 'require';
  });
}

function isPreamble(node: NodeLike): boolean {
  return node.type === 'ImportDeclaration' || isRequireDeclaration(node) || (node.type === 'ExpressionStatement' && typeof node.directive === 'string');
}

function topLevelIndex(path: ASTPath, body: readonly unknown[]): number {
  let current = path;
  while (current.parent && current.parent.node.type !== 'Program') current = current.parent;
  return body.indexOf(current.node);
}

export function insertLoggerOff(context: RuleContext, program: ASTPath): void {
  const { j } = context;
  const body = (program.node as unknown as { body: NodeLike[] }).body;
  let index = 0;
  while (index < body.length && isPreamble(body[index])) index += 1;
  const [libraryImport] = findLibraryImports(context.file);
  if (libraryImport) index = Math.max(index, topLevelIndex(libraryImport.path, body) + 1);
  const call = j.callExpression(j.memberExpression(j.identifier('Logger'), j.identifier('setLoggerConfig')), [j.stringLiteral('off')]);
  body.splice(index, 0, j.expressionStatement(call) as unknown as NodeLike);
  context.useGlideExport('Logger');
}
