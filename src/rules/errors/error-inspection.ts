/**
 * Code that looks at the error a client command fails with. GLIDE's errors are not the source client's: each is
 * a `RequestError` (or a subclass such as `TimeoutError`), and the server's text is reworded (`WRONGTYPE x`
 * becomes `WRONGTYPE: x`, `ERR x` becomes `An error was signalled by the server: - ResponseError: x`). A handler
 * that looks into the error (its message, name or class, or prints or passes it on) can therefore behave
 * differently, and no rewrite of the handler can make GLIDE's error the old one: the first such read is flagged.
 * A handler that only asks whether there is an error (`if (error)`, `pairs.find(([error]) => error)`) or throws it
 * on as it came (`throw error`, as if nothing handled it) behaves as before and is left alone.
 *
 * The handlers followed are the ones the syntax shows: the `catch` of a `try` whose block awaits the command in
 * the same function, a `.catch(handler)` or `.then(..., handler)` on the command's promise, and an ioredis
 * node-style callback (node-redis never calls one). A handler this rule cannot read (`.catch(console.error)`)
 * is flagged where it is given the error. A read that only goes into what the program prints on stderr
 * (`console.error(error)`, `.catch(console.error)`) leaves a note instead: the program behaves the same, only the
 * wording of what it prints when a command fails changes.
 */
import type { ASTPath, Identifier } from 'jscodeshift';
import { functionOfArgument } from '../../engine/analyse/client-flow.js';
import { selectPathsOf } from '../../ast/node-index.js';
import { promiseChainOf } from '../../engine/analyse/promise-chain.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { isWithin, tryAwaiting } from '../support/enclosing-try.js';
import { isStderrLogger } from '../support/log-only-handler.js';
import { methodGivenCallback, nodeOf, type NodeLike } from '../../ast/node.js';
import { pathsOf } from '../../ast/node-index.js';
import { batchReplyErrors } from '../support/batch-reply-errors.js';
import { watchErrorImports } from '../support/watch-error.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/**
 * What becomes of a command's error: a handler whose error parameter is read (`owner` is the catch clause or the
 * function), code the error is handed to that this rule cannot see into (`.catch(console.error)`), or a handler
 * that takes no error.
 */
type Handling =
  | { readonly kind: 'handler'; readonly owner: ASTPath; readonly parameter: ASTPath }
  | { readonly kind: 'passed-on'; readonly at: ASTPath }
  | { readonly kind: 'ignored' };

/** How a function given the error as its first argument handles it. */
function handlingBy(argument: ASTPath): Handling {
  const fn = functionOfArgument(argument);
  if (!fn) return { kind: 'passed-on', at: argument };
  if (((nodeOf(fn).params as unknown[] | undefined) ?? []).length === 0) return { kind: 'ignored' };
  return { kind: 'handler', owner: fn, parameter: fn.get('params', 0) as ASTPath };
}

/**
 * The rejection handler chained onto the call's promise: `.catch(handler)`, or the second argument of a `.then`
 * (through `.then(onReply)` and `.finally(...)` links, which pass a rejection on). Undefined when the chain has
 * none.
 */
function chainedHandling(call: ASTPath): Handling | undefined {
  for (const { method, invocation } of promiseChainOf(call)) {
    const argumentCount = (nodeOf(invocation).arguments as unknown[]).length;
    if (method === 'catch' && argumentCount > 0) return handlingBy(invocation.get('arguments', 0) as ASTPath);
    if (method === 'then' && argumentCount > 1) return handlingBy(invocation.get('arguments', 1) as ASTPath);
  }
  return undefined;
}

/** The `catch` of the nearest `try` whose block awaits the call (see `tryAwaiting`). */
function catchingClause(call: ASTPath): Handling | undefined {
  const statement = tryAwaiting(call);
  if (!statement || !nodeOf(statement).handler) return undefined;
  const clause = statement.get('handler') as ASTPath;
  if (!nodeOf(clause).param) return { kind: 'ignored' };
  return { kind: 'handler', owner: clause, parameter: clause.get('param') as ASTPath };
}

function handlingOf(call: ClientCall): Handling | undefined {
  if (call.callback) return call.binding.library === 'ioredis' ? handlingBy(call.callback) : undefined;
  return chainedHandling(call.path as unknown as ASTPath) ?? catchingClause(call.path as unknown as ASTPath);
}

/** Whether an identifier reads the name (rather than naming a property or a key). */
function isRead(path: ASTPath): boolean {
  const parent = path.parent ? nodeOf(path.parent as ASTPath) : undefined;
  if (!parent) return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === path.node) return Boolean(parent.computed);
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === path.node && !parent.shorthand) return Boolean(parent.computed);
  return true;
}

const TESTS: Readonly<Record<string, string>> = {
  IfStatement: 'test',
  ConditionalExpression: 'test',
  WhileStatement: 'test',
  DoWhileStatement: 'test',
  ForStatement: 'test',
};

/** Array methods whose callback's result is only taken as true or false. */
const PREDICATE_METHODS: ReadonlySet<string> = new Set(['find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter']);

/** `path` is the expression body of a callback given first to one of PREDICATE_METHODS (`pairs.find(([e]) => e)`). */
function isPredicateResult(path: ASTPath, parent: NodeLike): boolean {
  if (parent.type !== 'ArrowFunctionExpression' || parent.body !== path.node) return false;
  const method = methodGivenCallback(path.parent as ASTPath);
  return method !== undefined && PREDICATE_METHODS.has(method);
}

/**
 * Whether a read only asks whether there is an error, which GLIDE answers as before: a test (`if (error)`,
 * `!error`, `error && ...` inside a test), a comparison with `null` or `undefined`, `error instanceof Error`
 * (GLIDE's errors are `Error`s), or what a predicate answers (`pairs.find(([error]) => error)`).
 */
function onlyTestsPresence(path: ASTPath, kept: ReadonlySet<string>): boolean {
  const parentPath = path.parent as ASTPath | null;
  const parent = parentPath ? nodeOf(parentPath) : undefined;
  if (!parentPath || !parent) return false;
  if (TESTS[parent.type] && parent[TESTS[parent.type]] === path.node) return true;
  if (isPredicateResult(path, parent)) return true;
  if (parent.type === 'UnaryExpression' && parent.operator === '!') return true;
  if (parent.type === 'LogicalExpression') return onlyTestsPresence(parentPath, kept);
  if (parent.type === 'BinaryExpression') {
    const other = nodeOf(parentPath.get(parent.left === path.node ? 'right' : 'left') as ASTPath);
    if (parent.operator === 'instanceof') return parent.left === path.node && other.type === 'Identifier' && kept.has(String(other.name));
    const nothing = other.type === 'NullLiteral' || (other.type === 'Literal' && other.value === null) || (other.type === 'Identifier' && other.name === 'undefined');
    return ['==', '!=', '===', '!=='].includes(String(parent.operator)) && nothing;
  }
  return false;
}

/**
 * `throw error`: the error goes on as it came, to whatever handles the rejection or exception from here, as a
 * command's error does where nothing handles it, which this rule does not flag either (what handles it there is
 * looked at where the syntax shows it).
 */
function isRethrown(path: ASTPath): boolean {
  const parent = path.parent ? nodeOf(path.parent as ASTPath) : undefined;
  return parent?.type === 'ThrowStatement' && parent.argument === path.node;
}

/**
 * Whether a read of the error only goes into what the program prints on stderr (`console.error(error)`,
 * `console.error('failed: ' + error.message)`): the program's output and data stay the same, only the wording of
 * its complaint changes.
 */
function onlyPrintedToStderr(path: ASTPath): boolean {
  let current = path;
  for (let parent = current.parent as ASTPath | null; parent; current = parent, parent = parent.parent as ASTPath | null) {
    const node = nodeOf(parent);
    if (node.type === 'CallExpression') return node.callee !== current.node && isStderrLogger(node.callee as NodeLike);
    const passesText =
      (node.type === 'MemberExpression' && node.object === current.node && !node.computed) ||
      node.type === 'TemplateLiteral' ||
      (node.type === 'BinaryExpression' && node.operator === '+');
    if (!passesText) return false;
  }
  return false;
}

/**
 * The places the handler's body looks into its error (more than whether there is one): the first one that may
 * change what the program does, and whether there is one that only prints it to stderr. The parameter itself
 * stands for both when the handler takes the error apart.
 */
function readsOf(context: RuleContext, handler: { readonly owner: ASTPath; readonly parameter: ASTPath }, kept: ReadonlySet<string>): { first?: ASTPath; stderr?: ASTPath } {
  const parameter = nodeOf(handler.parameter);
  const typed = parameter.type === 'AssignmentPattern' ? (parameter.left as NodeLike) : parameter;
  if (typed.type !== 'Identifier') return { first: handler.parameter };
  const name = String(typed.name);
  const reads = selectPathsOf(context.file, context.j.Identifier, (path) => (path.node as Identifier).name === name).filter(
    (path) =>
      (path.node as unknown) !== typed &&
      isWithin(path as unknown as ASTPath, handler.owner) &&
      isRead(path as unknown as ASTPath) &&
      !onlyTestsPresence(path as unknown as ASTPath, kept) &&
      !isRethrown(path as unknown as ASTPath) &&
      lookupScope((path as unknown as ASTPath), name)?.node === handler.owner.node,
  ) as unknown as ASTPath[];
  return { first: reads.find((path) => !onlyPrintedToStderr(path)), stderr: reads.find(onlyPrintedToStderr) };
}

/** `path` is `ancestor`'s node or below it. */
function standsIn(path: ASTPath, ancestor: ASTPath): boolean {
  for (let current: ASTPath | null = path; current; current = current.parent as ASTPath | null) {
    if (current.node === ancestor.node) return true;
  }
  return false;
}

/**
 * The places the program looks into an error it takes out of an ioredis batch reply (`[error, value]` pairs):
 * reads of a name bound to one, or an index read (`results[1][0]`), beyond whether there is one.
 */
function batchErrorReads(context: RuleContext, exec: ClientCall, kept: ReadonlySet<string>): { first?: ASTPath; stderr?: ASTPath } {
  let identifiers: ASTPath[] | undefined;
  const all = () => (identifiers ??= pathsOf(context.file, context.j.Identifier) as unknown as ASTPath[]);
  const reads = batchReplyErrors(exec, all).flatMap(({ path: place, within }) => {
    if (nodeOf(place).type !== 'Identifier') return [place];
    const name = String(nodeOf(place).name);
    const scope = lookupScope(place, name);
    return all().filter(
      (path) => path.node !== place.node && nodeOf(path).name === name && isRead(path) && lookupScope(path, name) === scope && (!within || standsIn(path, within)),
    );
  }).filter((path) => !onlyTestsPresence(path, kept) && !isRethrown(path));
  return { first: reads.find((path) => !onlyPrintedToStderr(path)), stderr: reads.find(onlyPrintedToStderr) };
}

/** An error handed to code the rule cannot see into, unless that is a stderr logger (`.catch(console.error)`). */
function passedOn(at: ASTPath): { first?: ASTPath; stderr?: ASTPath } {
  return isStderrLogger(nodeOf(at)) ? { stderr: at } : { first: at };
}

export const errorInspection = defineFileRule({
  id: 'error-inspection',
  phase: 'inspection',
  summary: "Flags code that reads a command's error: GLIDE's errors have other classes and reworded messages",
  clients: ['ioredis', 'node-redis'],
  safety: 'flags',
  apply(context) {
    const flagged = new Set<unknown>();
    // `error instanceof Error` holds for GLIDE's errors too; so does node-redis' WatchError, which a migrated
    // transaction a WATCH aborted rejects with again (support/watch-error.ts), the module's own class by that name.
    const kept = new Set(['Error', ...watchErrorImports(context).map((site) => site.import.localName)]);
    for (const call of context.analysis.calls) {
      if (context.isFrozen(call.binding)) continue;
      if (call.batch?.role === 'exec' && call.binding.library === 'ioredis') {
        const reads = batchErrorReads(context, call, kept);
        const difference = "the error of a failed command in GLIDE's batch reply is not ioredis': it is a RequestError and the server's text is reworded ('ERR x' becomes 'An error was signalled by the server: - ResponseError: x')";
        if (reads.first) context.flag(reads.first, `${difference}; check what this code reads from the error`, { client: call.binding });
        else if (reads.stderr) context.note(reads.stderr, `${difference}; what this prints on stderr when a command fails is worded differently`, { client: call.binding });
      }
      const handling = handlingOf(call);
      if (!handling || handling.kind === 'ignored') continue;
      const site = handling.kind === 'handler' ? handling.owner : handling.at;
      if (flagged.has(site.node)) continue;
      const reads = handling.kind === 'handler' ? readsOf(context, handling, kept) : passedOn(handling.at);
      if (!reads.first && !reads.stderr) continue;
      flagged.add(site.node);
      const library = call.binding.library === 'ioredis' ? 'ioredis' : 'node-redis';
      const difference = `errors of GLIDE commands are not ${library}'s: each is a RequestError (or a subclass such as TimeoutError) and the server's text is reworded ('WRONGTYPE x' becomes 'WRONGTYPE: x', 'ERR x' becomes 'An error was signalled by the server: - ResponseError: x')`;
      if (reads.first) {
        context.flag(reads.first, `${difference}; check what this code reads from the error`, { client: call.binding });
      } else if (reads.stderr) {
        context.note(reads.stderr, `${difference}; what this prints on stderr when a command fails is worded differently`, { client: call.binding });
      }
    }
  },
});
