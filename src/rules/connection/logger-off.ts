/**
 * `Logger.setLoggerConfig('off')`, once per file, placed right after the program's leading imports, requires and
 * the client library's own import (which the GLIDE import takes the place of). GLIDE's logger writes warnings to
 * stdout, so it must be off before the first client is created wherever that happens: a construction inside a
 * function that a top-level statement calls runs before a call placed next to the construction's statement.
 */
import type { ASTPath } from 'jscodeshift';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { preambleLength } from '../support/preamble.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

function topLevelIndex(path: ASTPath, body: readonly unknown[]): number {
  let current = path;
  while (current.parent && current.parent.node.type !== 'Program') current = current.parent;
  return body.indexOf(current.node);
}

/** The statement holding `path`, directly in a block or the program. */
function statementOf(path: ASTPath): ASTPath {
  let current = path;
  while (current.parent && !Array.isArray(nodeOf(current.parent).body)) current = current.parent;
  return current;
}

/**
 * `construction` is where the first client is created. When the client library is required inside a function
 * (`function f() { const Redis = require('ioredis'); ... }`), GLIDE's require takes its place there, so `Logger`
 * exists only in that scope: the call then goes right before the construction's statement.
 */
export function insertLoggerOff(context: RuleContext, program: ASTPath, construction: ASTPath): void {
  const { j } = context;
  const call = j.expressionStatement(
    j.callExpression(j.memberExpression(j.identifier('Logger'), j.identifier('setLoggerConfig')), [j.stringLiteral('off')]),
  );
  context.useGlideExport('Logger');
  const body = (program.node as unknown as { body: NodeLike[] }).body;
  const [libraryImport] = context.analysis.importSites;
  const importIndex = libraryImport ? topLevelIndex(libraryImport.path, body) : -1;
  if (libraryImport && statementOf(libraryImport.path as ASTPath).parent?.node.type !== 'Program') {
    statementOf(construction).insertBefore(call);
    return;
  }
  // Through the body's path, so that the paths other rules hold to later statements learn their new index.
  (program.get('body') as ASTPath).insertAt(Math.max(preambleLength(body), importIndex + 1), call);
}
