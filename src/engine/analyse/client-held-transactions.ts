/**
 * ioredis' `redis.multi({ pipeline: false })`: MULTI is sent at once, and until `redis.exec()` every command called
 * on the client itself is sent inside the transaction, its promise resolving to 'QUEUED'; `exec()` answers the
 * `[error, value]` pairs (checked against a server). The codemod follows it where it is written as statements of one
 * statement list: the multi on its own (awaited or not), then statements each making one call on the client
 * (`await redis.set(k, v);`, `redis.incr(k);` or `const queued = await redis.get(k);`) or none, then the statement
 * that sends it. Those calls are the transaction's commands, queued on a Batch the codemod names. A command whose
 * reply ioredis' method reshapes is not followed: `exec()` gives its reply as the server sent it.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { enclosingStatement } from '../../ast/todo-comments.js';
import { outerExpressionPath } from './result-use.js';
import type { ClientCall } from './types.js';
import { ioredisReshapesReply } from '../../knowledge/ioredis-reshaped-replies.js';

/** `multi({ pipeline: false })`, as ioredis reads its option. */
export function isClientHeldMulti(start: ClientCall): boolean {
  const args = start.path.node.arguments as unknown as NodeLike[];
  if (start.binding.library !== 'ioredis' || start.method !== 'multi' || args.length !== 1 || args[0].type !== 'ObjectExpression') return false;
  const properties = args[0].properties as NodeLike[];
  if (properties.length !== 1) return false;
  const [only] = properties;
  const key = only.key as NodeLike | undefined;
  const value = only.value as NodeLike | undefined;
  const named = (only.type === 'ObjectProperty' || only.type === 'Property') && !only.computed && key?.type === 'Identifier' && key.name === 'pipeline';
  return named && (value?.type === 'BooleanLiteral' || value?.type === 'Literal') && value.value === false;
}

export interface ClientHeldTransaction {
  /** The statement holding the multi, which the Batch's declaration replaces. */
  readonly statement?: ASTPath;
  /** The calls made on the client between the multi and the exec, in order. */
  readonly commands: readonly ClientCall[];
  readonly exec?: ClientCall;
  /** The name the Batch is declared under. */
  readonly name?: string;
  readonly problem?: string;
}

/** The call stands alone in its statement: `redis.m(...)`, `await redis.m(...)`, or `const x = await redis.m(...)`. */
function standsAlone(call: ClientCall, statement: ASTPath): boolean {
  const outer = outerExpressionPath(call.path);
  const awaited = outer.parent && nodeOf(outer.parent).type === 'AwaitExpression' ? (outer.parent as ASTPath) : outer;
  const holder = awaited.parent ? nodeOf(awaited.parent) : undefined;
  if (holder?.type === 'ExpressionStatement') return awaited.parent === statement;
  const declaration = nodeOf(statement);
  const declarators = declaration.type === 'VariableDeclaration' ? (declaration.declarations as NodeLike[]) : [];
  return holder?.type === 'VariableDeclarator' && awaited !== outer && declarators.length === 1 && declarators[0] === holder;
}

/** `transaction`, or `transaction2`, ...: a name no identifier of the file uses. */
function freshName(identifiers: readonly ASTPath[]): string {
  const taken = new Set(identifiers.map((path) => String(nodeOf(path).name)));
  for (let suffix = 1; ; suffix += 1) {
    const name = suffix === 1 ? 'transaction' : `transaction${suffix}`;
    if (!taken.has(name)) return name;
  }
}

const SENT_ON_ITS_OWN = 'multi({ pipeline: false }) is followed by calls on the client the codemod does not follow';

export function followClientHeldTransaction(start: ClientCall, calls: readonly ClientCall[], identifiers: readonly ASTPath[]): ClientHeldTransaction {
  const statement = enclosingStatement(start.path);
  const list = statement.parent?.node as NodeLike | undefined;
  const body = list && (list.type === 'BlockStatement' || list.type === 'Program') ? (list.body as NodeLike[]) : undefined;
  if (!body || !standsAlone(start, statement) || nodeOf(statement).type !== 'ExpressionStatement') {
    return { commands: [], problem: `${SENT_ON_ITS_OWN}: the multi must stand as a statement of its own, its 'OK' unread` };
  }
  const onClient = calls.filter((call) => call.binding === start.binding && call !== start);
  const commands: ClientCall[] = [];
  for (const node of body.slice(body.indexOf(nodeOf(statement)) + 1)) {
    const inside = onClient.filter((call) => enclosingStatementNode(call.path, body) === node);
    if (inside.length === 0) continue;
    const [only] = inside;
    const alone = inside.length === 1 && standsAlone(only, enclosingStatement(only.path)) && enclosingStatement(only.path).node === node;
    if (!alone) return { commands, problem: `${SENT_ON_ITS_OWN}: a statement between the multi and the exec makes calls on the client that are not one call standing alone` };
    if (only.method === 'exec') {
      // A node-style callback moves onto the exec's promise (callback-arguments), as for any batch.
      if (only.path.node.arguments.length > (only.callback ? 1 : 0)) return { commands, problem: `${SENT_ON_ITS_OWN}: exec() is given arguments` };
      return { statement, commands, exec: only, name: freshName(identifiers) };
    }
    if (['multi', 'pipeline', 'discard', 'watch', 'unwatch'].includes(only.method)) return { commands, problem: `${SENT_ON_ITS_OWN}: ${only.method}() is called inside the transaction` };
    if (ioredisReshapesReply(only.method, wordsOf(only).slice(1)) !== false) {
      return { commands, problem: `${SENT_ON_ITS_OWN}: ioredis' ${only.method}() reshapes its reply (pairs into an object or a flat list), which it does not do for a command sent inside multi({ pipeline: false }), whose reply exec() gives as the server sent it` };
    }
    if (only.callback) return { commands, problem: `${SENT_ON_ITS_OWN}: ${only.method}() is given a callback` };
    commands.push(only);
  }
  return { commands, problem: `${SENT_ON_ITS_OWN}: no exec() on the client follows it in the same block` };
}

/** The call's arguments as upper-case words, undefined where not a literal. */
function wordsOf(call: ClientCall): (string | undefined)[] {
  return (call.path.node.arguments as unknown as NodeLike[]).map((node) => {
    const value = node.type === 'StringLiteral' || node.type === 'Literal' || node.type === 'NumericLiteral' ? node.value : undefined;
    return typeof value === 'string' ? value.toUpperCase() : typeof value === 'number' ? String(value) : undefined;
  });
}

/** The statement of `body` that holds `path`, if one does. */
function enclosingStatementNode(path: ASTPath, body: readonly NodeLike[]): NodeLike | undefined {
  for (let current: ASTPath | null = path; current; current = current.parent as ASTPath | null) {
    if (body.includes(nodeOf(current))) return nodeOf(current);
  }
  return undefined;
}
