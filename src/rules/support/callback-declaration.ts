/**
 * Declaring a node-style callback written in place under a name of its own, just above the statement it stands in,
 * so that the code that now calls it (a promise's handlers, a batch's reply) can name it; and whether its
 * TypeScript parameters can stand on their own. Shared by callback-arguments and batch-results.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind, PatternKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { enclosingStatement } from '../../ast/todo-comments.js';
import type { NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';

export interface FunctionLike extends NodeLike {
  params: PatternKind[];
  id?: { name: string } | null;
}

/** Nodes between a call and its statement that a function cannot be moved out of without changing what it sees. */
const SCOPE_BOUNDARIES = new Set([
  'FunctionExpression',
  'ArrowFunctionExpression',
  'FunctionDeclaration',
  'ClassExpression',
  'ClassDeclaration',
  'CatchClause',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

/** The statement just above which a function written at `path` can be declared, if there is one. */
export function statementToDeclareBefore(path: ASTPath): ASTPath | undefined {
  const statement = enclosingStatement(path);
  const list = statement.parent?.node as NodeLike | undefined;
  if (!list || list.type === 'ClassBody') return undefined;
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (SCOPE_BOUNDARIES.has(current.node.type)) return undefined;
    if (current === statement) return statement;
  }
  return undefined;
}

/** `base` (`getCallback`), or `getCallback2`, ...: a name nothing in the enclosing block or its scopes uses. */
export function freshCallbackName(context: RuleContext, path: ASTPath, statement: ASTPath, callback: FunctionLike, base: string): string {
  const { j } = context;
  const block = statement.parent as ASTPath;
  // The function's own name (`function shown(...)`) may name the constant too: inside, it is the same function.
  const identifiers = j(block).find(j.Identifier).nodes().filter((node) => node !== callback.id);
  const taken = new Set(identifiers.map((node) => node.name));
  const wanted = callback.id?.name ?? base;
  const free = (name: string) => !taken.has(name) && !lookupScope(path, name) && name !== 'reply' && name !== 'error';
  for (let suffix = 1; ; suffix += 1) {
    const name = suffix === 1 ? wanted : `${wanted}${suffix}`;
    if (free(name)) return name;
  }
}

/** `const getCallback = function (err, value) {...};` above the statement, which hands it its leading comments. */
export function declareAbove(context: RuleContext, statement: ASTPath, name: string, callback: ExpressionKind): void {
  const { j } = context;
  const declaration = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), callback)]);
  const node = statement.node as { comments?: { leading?: boolean }[] | null };
  const leading = (node.comments ?? []).filter((comment) => comment.leading);
  if (leading.length > 0) {
    (declaration as { comments?: unknown[] }).comments = leading;
    node.comments = (node.comments ?? []).filter((comment) => !comment.leading);
  }
  statement.insertBefore(declaration);
}

/**
 * In TypeScript, ioredis' `Callback<T>` typed the parameters of a function written in place, and allowed a call
 * with the error alone; the function now stands on its own, so its parameters need their own types and the reply
 * must be optional.
 */
export function typedForTypeScript(fn: FunctionLike): boolean {
  const [, reply] = fn.params as unknown as { typeAnnotation?: unknown; optional?: boolean }[];
  return fn.params.every((param) => (param as { typeAnnotation?: unknown }).typeAnnotation) && (!reply || reply.optional === true);
}

