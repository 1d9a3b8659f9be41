/**
 * node-redis rejects a transaction a WATCH aborted with its `WatchError`; GLIDE's exec answers `null`. A migrated
 * node-redis transaction on a watched client rejects with a `WatchError` again, a class the migrated module
 * declares itself (node-redis is gone), with node-redis' message; where the module imported node-redis'
 * `WatchError` (to test `error instanceof WatchError`), that import gives way to the declared class, under the
 * same name, so the test keeps its meaning.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind, StatementKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientBinding, LibraryImportSite } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

export const WATCH_ERROR_MESSAGE = 'One (or more) of the watched keys has been changed';

/** The module's imports of node-redis' WatchError (ESM specifiers and destructured requires). */
export function watchErrorImports(context: RuleContext): LibraryImportSite[] {
  return context.analysis.importSites.filter((site) => site.import.library === 'node-redis' && site.import.importedName === 'WatchError');
}

/** The client calls WATCH on (so an exec of its transaction may be aborted). */
export function isWatched(context: RuleContext, binding: ClientBinding): boolean {
  return context.analysis.calls.some((call) => call.binding === binding && (call.method === 'watch' || call.method === 'WATCH'));
}

const declared = new WeakMap<object, string>();

/** `class WatchError extends Error { constructor(message = '...') { super(message); } }` */
function watchErrorClass(context: RuleContext, name: string): StatementKind {
  const { j } = context;
  const message = j.identifier('message');
  const constructor = j.methodDefinition(
    'constructor',
    j.identifier('constructor'),
    j.functionExpression(null, [j.assignmentPattern(message, j.stringLiteral(WATCH_ERROR_MESSAGE))], j.blockStatement([j.expressionStatement(j.callExpression(j.super(), [j.identifier('message')]))])),
  );
  const declaration = j.classDeclaration(j.identifier(name), j.classBody([constructor]), j.identifier('Error'));
  (declaration as unknown as { comments: unknown[] }).comments = [j.commentBlock("* node-redis' WatchError: a transaction a WATCH aborted rejects with it, as it did under node-redis. ", true, false)];
  return declaration;
}

/** Takes the WatchError specifier out of its import or require (the rest of it is the import rule's). */
function removeSpecifier(site: LibraryImportSite): void {
  const node = nodeOf(site.path);
  if (node.type === 'ImportDeclaration') {
    node.specifiers = (node.specifiers as NodeLike[]).filter((specifier) => (specifier.local as NodeLike | undefined)?.name !== site.import.localName);
    return;
  }
  const pattern = node.id as NodeLike;
  if (pattern?.type === 'ObjectPattern') {
    pattern.properties = (pattern.properties as NodeLike[]).filter((property) => ((property.value ?? property.key) as NodeLike | undefined)?.name !== site.import.localName);
  }
}

/** The statement after which the class goes: the module's last import or top-level require. */
function lastImportStatement(context: RuleContext): ASTPath | undefined {
  const program = context.file.root.get().node.program as { body: NodeLike[] };
  const statements = context.file.root.find(context.j.Program).get('body') as ASTPath;
  let last: number | undefined;
  program.body.forEach((statement, index) => {
    const requires = statement.type === 'VariableDeclaration' && (statement.declarations as NodeLike[]).some((declarator) => ((declarator.init as NodeLike | null)?.callee as NodeLike | undefined)?.name === 'require');
    if (statement.type === 'ImportDeclaration' || requires) last = index;
  });
  return last === undefined ? undefined : (statements.get(last) as ASTPath);
}

/**
 * The name a migrated transaction rejects with when a WATCH aborted it: the module's own WatchError class,
 * declared once (after its imports), replacing node-redis' import of it where there was one.
 */
export function watchErrorName(context: RuleContext): string {
  const root = context.file.root.get().node as object;
  const known = declared.get(root);
  if (known) return known;
  const imports = watchErrorImports(context);
  const name = imports[0]?.import.localName ?? 'WatchError';
  for (const site of imports) removeSpecifier(site);
  const after = lastImportStatement(context);
  const declaration = watchErrorClass(context, name);
  if (after) after.insertAfter(declaration);
  else (context.file.root.get().node.program.body as StatementKind[]).unshift(declaration);
  declared.set(root, name);
  context.recordEdit(declaration, `${name}: a class of the module's own, since node-redis is gone`);
  return name;
}

/** `reply === null ? Promise.reject(new WatchError()) : <value>`: an aborted transaction rejects as under node-redis. */
export function rejectAborted(context: RuleContext, reply: ExpressionKind, value: ExpressionKind): ExpressionKind {
  const { j } = context;
  const rejected = j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('reject')), [j.newExpression(j.identifier(watchErrorName(context)), [])]);
  return j.conditionalExpression(j.binaryExpression('===', reply, j.nullLiteral()), rejected, value);
}
