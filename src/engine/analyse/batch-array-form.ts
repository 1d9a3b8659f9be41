/**
 * ioredis' array form, `redis.pipeline([['set', k, v], ['get', k]])` (or `multi([...])`): ioredis queues each inner
 * array as the call of the batch method it names (`batch[name](...args)`, so the name is a method's, in lower case).
 * The commands written in place are built as that chain of calls, outside the tree, for their own rules to migrate
 * (`QueuedBatch.listed`); a list computed at run time, a spread or a name computed or in another case is a problem.
 * `isBatchMethod` says which names start or send a batch (not commands).
 */
import type { ASTPath, CallExpression, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { NodeLike } from '../../ast/node.js';
import type { ClientCall, ListedCommands, QueuedCommand } from './types.js';

/** A method name ioredis' array form can look up on the batch (it calls `batch[name](...args)`). */
const METHOD_NAME = /^[a-z][A-Za-z0-9_]*$/;

export interface ListedForm {
  readonly entries: QueuedCommand[];
  readonly listed?: ListedCommands;
  readonly problem?: string;
}

/** One inner array of the array form: the command's name as written, its method, and the words after it. */
interface ListedCommand {
  readonly command: NodeLike;
  readonly name: NodeLike;
  readonly method: string;
  readonly words: readonly NodeLike[];
}

/** `['set', k, v]` written in place, named by a string, nothing spread; undefined otherwise. */
function listedCommand(command: NodeLike | null): ListedCommand | undefined {
  const words = command?.type === 'ArrayExpression' ? (command.elements as (NodeLike | null)[]) : undefined;
  if (!command || !words || !words.every((word): word is NodeLike => word !== null && word.type !== 'SpreadElement')) return undefined;
  const [name, ...rest] = words;
  const named = name && (name.type === 'StringLiteral' || name.type === 'Literal') && typeof name.value === 'string';
  return named ? { command, name, method: String(name.value), words: rest } : undefined;
}

/** The commands the start's array lists, as calls outside the tree, or why they cannot be followed. */
export function listedForm(start: ClientCall, j: JSCodeshift, isBatchMethod: (method: string) => boolean): ListedForm {
  const args = start.path.node.arguments as unknown as NodeLike[];
  if (args.length === 0) return { entries: [] };
  const list = args[0];
  if (start.binding.library !== 'ioredis' || args.length > 1 || list.type !== 'ArrayExpression') {
    return { entries: [], problem: `${start.method}() is given arguments other than one array of commands written in place (options, or commands computed at run time), which the codemod does not migrate` };
  }
  const named = (list.elements as (NodeLike | null)[]).map(listedCommand);
  if (!named.every((entry): entry is ListedCommand => entry !== undefined)) {
    return { entries: [], problem: `the commands given to ${start.method}() are not all arrays written in place, each naming its command with a string, so what is sent is not known from the code` };
  }
  const unknown = named.find(({ method }) => !METHOD_NAME.test(method) || isBatchMethod(method));
  if (unknown) return { entries: [], problem: `ioredis calls the batch's method '${unknown.method}' for a command given to ${start.method}(), which the codemod does not migrate (ioredis names its methods in lower case)` };
  // The chain stands on a copy of the start (`redis.pipeline()`), which the batch rule replaces with the Batch; its
  // calls carry the places of the arrays they come from, so their reports point there.
  const anchor = j.callExpression(start.path.node.callee, []);
  let chain: ExpressionKind = anchor;
  for (const entry of named) {
    const property = Object.assign(j.identifier(entry.method), { loc: entry.name.loc });
    chain = Object.assign(j.callExpression(j.memberExpression(chain, property), entry.words as unknown as ExpressionKind[]), { loc: entry.command.loc });
  }
  const top = j(j.expressionStatement(chain)).paths()[0].get('expression') as ASTPath;
  const calls: ASTPath<CallExpression>[] = [];
  for (let link = top; link.node !== anchor; link = link.get('callee', 'object') as ASTPath) calls.unshift(link as ASTPath<CallExpression>);
  return { entries: calls.map((path, index) => ({ path, method: named[index].method, dynamic: false })), listed: { chain: top, anchor } };
}
