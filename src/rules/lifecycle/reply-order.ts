/**
 * The order in which the handlers of commands sent together run. ioredis and node-redis settle each command's
 * promise, and call its callback, in the order the commands were sent: the replies come back in that order on one
 * connection. GLIDE's promises settle in that order too, but some of its methods convert the reply in JavaScript
 * on a further `.then` (`hgetall`'s records, `smembers`' Set, the `*WithScores` records; the list is GLIDE's own,
 * `knowledge/batch-replies.ts`), and a conversion the codemod writes on a `.then` of its own for a handler reading
 * the promise adds one more turn. When replies arrive together, a handler so delayed runs after the handlers of
 * commands sent after it: a program printing from callbacks prints its lines in another order (a trial program
 * did). So where a command read by a handler (a callback, or a `.then` / `.catch` on its promise) may take more
 * turns to reach it than a command sent after it in the same stretch of code (no `await` between them) takes to
 * reach its own handler (the same kinds, or the code after an `await` of it), that second command is flagged, and
 * the client stays as written. The turns are counted on the migrated calls, once every rule has run.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { findEnclosingFunction } from '../../engine/analyse/await-context.js';
import { promiseChainOf, type PromiseLink } from '../../engine/analyse/promise-chain.js';
import type { NodeLike } from '../../ast/node.js';
import { DIRECT_REPLY_CONVERSIONS } from '../../knowledge/batch-replies.js';
import { pathsAsParsed } from '../../ast/node-index.js';
import { endOf, positionOf, type Position } from '../../ast/position.js';

/** The promise methods chained on a migrated call, through the `client => call` of a client held as a promise. */
function chainAfter(path: ASTPath): PromiseLink[] {
  const links = promiseChainOf(path);
  const top = links.at(-1)?.invocation ?? path;
  // `redis.then(client => client.get(k)).then(handler)`: a client held as a promise (promise-client-receiver).
  const arrow = top.parent as ASTPath | null;
  const receiving = arrow?.parent as ASTPath | null;
  const arrowNode = arrow?.node as unknown as NodeLike | undefined;
  const receivingNode = receiving?.node as unknown as NodeLike | undefined;
  const member = receivingNode?.type === 'CallExpression' ? (receivingNode.callee as NodeLike) : undefined;
  const throughReceiver =
    arrowNode?.type === 'ArrowFunctionExpression' && arrowNode.body === top.node && member?.type === 'MemberExpression' && (member.property as NodeLike).name === 'then';
  return throughReceiver && receiving ? [...links, ...chainAfter(receiving)] : links;
}

type Handler = 'callback' | 'promise' | 'await';

/**
 * How a command's reply reaches the program: by a handler (a callback, a `.then` on its promise, or the code after
 * the `await` of it), or otherwise (thrown away, stored, passed on).
 */
function handlerOf(call: ClientCall): Handler | undefined {
  if (call.batch) return undefined;
  if (call.resultUse.awaited) return 'await';
  if (call.resultUse.readByCallback) return 'callback';
  // A handler the program chained (the links the migration added have no place in the source).
  return chainAfter(call.path).some((link) => (link.invocation.node as { loc?: unknown }).loc) ? 'promise' : undefined;
}

/** The GLIDE method a migrated call names, inside the `.then` a conversion was placed on. */
function migratedMethodOf(call: ClientCall): string | undefined {
  let node = call.path.node as unknown as NodeLike;
  for (;;) {
    const callee = node.callee as NodeLike | undefined;
    if (callee?.type !== 'MemberExpression' || (callee.property as NodeLike).type !== 'Identifier') return undefined;
    const name = String((callee.property as NodeLike).name);
    const object = callee.object as NodeLike;
    if (!['then', 'catch', 'finally'].includes(name) || object.type !== 'CallExpression') return name;
    node = object;
  }
}

/**
 * The extra turns a command's reply takes to reach its handler once migrated: one where the GLIDE method the call
 * now names converts its reply in JavaScript, one more where a rule converts it on a `.then` of its own before a
 * handler the program chained (a callback, or the code after an `await`, is given the converted reply in the same
 * turn).
 */
function extraTurns(call: ClientCall, handler: Handler, context: RuleContext): number {
  const method = migratedMethodOf(call) ?? call.method;
  const glideConverts = Object.hasOwn(DIRECT_REPLY_CONVERSIONS, method) ? 1 : 0;
  const codemodConverts = handler === 'promise' && context.convertsReply(call) ? 1 : 0;
  return glideConverts + codemodConverts;
}

/** The `await` a call is the operand of, as parsed. */
function ownAwaitOf(call: ClientCall): unknown {
  if (!call.resultUse.awaited) return undefined;
  for (let current = call.path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    const type = current.node.type;
    if (type === 'AwaitExpression') return current.node;
    if (type.endsWith('Statement') || type.endsWith('Declaration') || type.includes('Function')) return undefined;
  }
  return undefined;
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column < b.column);

/** The program's own function around a path (the arrows the migration adds, such as `client => ...`, have no place in the source). */
function sourceFunctionOf(path: ASTPath): unknown {
  for (let current = findEnclosingFunction(path); current; current = findEnclosingFunction(current)) {
    if ((current.node as { loc?: unknown }).loc) return current.node;
  }
  return undefined;
}

function apply(context: RuleContext): void {
  const { file, analysis } = context;
  const handled = analysis.calls
    .filter((call) => !context.isFrozen(call.binding))
    .map((call) => ({ call, handler: handlerOf(call) }))
    .filter((entry): entry is { call: ClientCall; handler: Handler } => entry.handler !== undefined);
  if (handled.length < 2) return;
  // The places where a function waits, as written: commands on either side of one are not in flight together.
  const waits = [...pathsAsParsed(file, file.j.AwaitExpression), ...pathsAsParsed(file, file.j.YieldExpression)].map((path: ASTPath) => ({
    node: path.node as unknown,
    scope: sourceFunctionOf(path),
    at: positionOf(path.node),
    end: endOf(path.node),
  }));
  // A wait keeps two commands apart where it stands between them, or where it waits for the first (its reply and
  // the handlers chained on it, `await redis.get(k).then(f)`) and is over before the second is sent. The second's
  // own `await` does neither: it resumes once its reply is in, which may be before the first's handler ran.
  const apart = (earlier: Position, later: Position, scope: unknown, laterAwait: unknown) =>
    waits.some(
      (wait) =>
        wait.node !== laterAwait &&
        wait.scope === scope &&
        ((before(earlier, wait.at) && before(wait.at, later)) || (!before(earlier, wait.at) && before(earlier, wait.end) && !before(later, wait.end))),
    );
  // Places as the analysis saw the calls: the rules have rebuilt some of their nodes by now.
  const sorted = handled
    .map((entry) => ({
      ...entry,
      scope: sourceFunctionOf(entry.call.path),
      at: { line: entry.call.line, column: entry.call.column },
      ownAwait: ownAwaitOf(entry.call),
      turns: extraTurns(entry.call, entry.handler, context),
    }))
    .sort((a, b) => (before(a.at, b.at) ? -1 : before(b.at, a.at) ? 1 : 0));
  for (const [index, later] of sorted.entries()) {
    const overtaken = sorted.slice(0, index).find(
      (earlier) =>
        // A command awaited has answered before anything after it is sent.
        earlier.handler !== 'await' &&
        earlier.call.binding === later.call.binding &&
        earlier.scope === later.scope &&
        earlier.turns > later.turns &&
        !apart(earlier.at, later.at, later.scope, later.ownAwait),
    );
    if (!overtaken) continue;
    context.flag(
      later.call.path,
      `${later.call.method}()'s reply would reach its handler before the reply of ${overtaken.call.method}() (line ${overtaken.at.line}), sent earlier: GLIDE converts some replies on a further promise turn, so handlers of commands sent together would run in another order than ${later.call.binding.library} ran them; await the commands one after the other`,
      { client: later.call.binding, at: later.at },
    );
  }
}

export const replyOrder = defineFileRule({
  id: 'reply-order',
  // Once every call is rewritten and its reply placed: the turns are counted on the migrated calls.
  phase: 'types',
  summary: 'Commands sent together whose handlers GLIDE would run in another order keep their client as written',
  clients: ['ioredis', 'node-redis'],
  safety: 'flags',
  apply,
});
