/**
 * Batches a program queues on a client: ioredis `pipeline()` and `multi()`, node-redis `multi()`, with the
 * commands queued on them and the call that sends them (`exec()`, node-redis `execAsPipeline()`). Each queued
 * command becomes a client call of its own (its rule migrates it as it would a direct call), placed at its slot
 * of the batch's reply; the start and the exec are client calls too, so the batch rule finds them.
 *
 * The codemod follows a batch written in one chain (`redis.multi().set(k, v).get(k).exec()`) or held in a
 * variable that the code of the same function queues on (in straight-line code, or in loops and branches, whose
 * commands then have no known slot) and sends from the block that started it (once; a node-redis multi may be
 * sent again). ioredis' array form, `pipeline([['set', k, v]])`, lists commands the batch queues first: they are
 * built as the chain of calls they name, outside the tree (`QueuedBatch.listed`). Reads of an ioredis batch
 * variable's `length` are counted (`QueuedBatch.lengths`). The statements that queue commands at slots the code
 * does not tell are recorded (`QueuedBatch.unknownSlotQueuing`), so the migrated program can note what they queued
 * (and whether a pipeline holds any command). A batch passed to a function of the module that only queues
 * commands on it is followed there (batch-helpers.ts). Anything else (queued in another function, passed on,
 * read as a value, sent again by ioredis, never sent, or sent from a loop) is recorded as the batch's problem: the
 * batch rule flags it, so the client stays as written.
 */
import type { ASTPath, CallExpression, JSCodeshift } from 'jscodeshift';
import { methodGivenCallback, nodeOf, type NodeLike } from '../../ast/node.js';
import { positionOf } from '../../ast/position.js';
import { enclosingStatement } from '../../ast/todo-comments.js';
import { FUNCTION_TYPES } from './await-context.js';
import { findCallbackArgument } from './callback-argument.js';
import { describeResultUse, outerExpressionPath } from './result-use.js';
import { followClientHeldTransaction, isClientHeldMulti } from './client-held-transactions.js';
import { listedForm, type ListedForm } from './batch-array-form.js';
import { followHelperCall } from './batch-helpers.js';
import { knownMethodName } from '../../knowledge/node-redis-method-names.js';
import type { BatchPart, ClientCall, QueuedBatch, QueuedCommand, QueuingStatement, ResultUse, SourceLibrary } from './types.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/** A call of a function the batch is passed to (its statement), the commands it queues, and whether always all. */
interface HelperCall {
  readonly statement: ASTPath;
  readonly commands: readonly ASTPath[];
  readonly fixed: boolean;
}

/** The methods that start a batch, and whether the batch they start is atomic (undefined: the exec decides). */
const BATCH_STARTS: Readonly<Record<SourceLibrary, Readonly<Record<string, boolean | undefined>>>> = {
  ioredis: { multi: true, pipeline: false },
  'node-redis': { multi: undefined },
};

/** The methods that send a batch, and whether they send it as a transaction (undefined: the start decides). */
const BATCH_EXECS: Readonly<Record<SourceLibrary, Readonly<Record<string, boolean | undefined>>>> = {
  ioredis: { exec: undefined },
  'node-redis': { exec: true, execAsPipeline: false, execTyped: true, execAsPipelineTyped: false },
};

/** `object.method(...)` called on the value of `path`. */
function chainedCall(path: ASTPath): ASTPath<CallExpression> | undefined {
  const member = path.parent as ASTPath | null;
  const memberNode = member ? nodeOf(member) : undefined;
  if (memberNode?.type !== 'MemberExpression' || memberNode.object !== path.node || memberNode.computed) return undefined;
  if ((memberNode.property as NodeLike).type !== 'Identifier') return undefined;
  const call = member?.parent as ASTPath | null;
  return call && nodeOf(call).type === 'CallExpression' && nodeOf(call).callee === memberNode ? (call as ASTPath<CallExpression>) : undefined;
}

/** The method a call through a batch names, as the analysis knows it (node-redis' `SET` is its `set`). */
function methodOf(call: ASTPath<CallExpression>, library: SourceLibrary): string {
  return knownMethodName(library, String(((call.node.callee as unknown as NodeLike).property as NodeLike).name));
}

/** The calls chained on `path`'s value, up to and including the first that sends the batch. */
function chainFrom(path: ASTPath, execs: Readonly<Record<string, boolean | undefined>>, library: SourceLibrary): ASTPath<CallExpression>[] {
  const links: ASTPath<CallExpression>[] = [];
  for (let link = chainedCall(path); link; link = chainedCall(link)) {
    links.push(link);
    if (Object.hasOwn(execs, methodOf(link, library))) break;
  }
  return links;
}

const FUNCTION_LITERALS = new Set(['FunctionExpression', 'ArrowFunctionExpression']);

/** Nodes under which code may run never, or more than once, each time the statement holding them runs. */
const NOT_STRAIGHT_LINE = new Set([
  ...FUNCTION_TYPES,
  'ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement',
  'IfStatement', 'SwitchStatement', 'TryStatement', 'ConditionalExpression', 'LogicalExpression', 'LabeledStatement',
]);

/** The statement of a statement list that holds `path`, when it runs `path` exactly once each time it runs. */
function straightLineStatement(path: ASTPath): ASTPath | undefined {
  const statement = enclosingStatement(path);
  for (let current: ASTPath | null = path; current; current = current.parent as ASTPath | null) {
    if (NOT_STRAIGHT_LINE.has(current.node.type)) return undefined;
    if (current === statement) return statement;
  }
  return undefined;
}

/** The variable a batch chain is stored in: `const tx = redis.multi()` (or `let`, never reassigned). */
function storingVariable(chainTop: ASTPath, isBatchType: (type: NodeLike) => boolean): { declarator: ASTPath; writtenTypes: ASTPath[] } | undefined {
  let outer = outerExpressionPath(chainTop);
  const writtenTypes: ASTPath[] = [];
  // `redis.pipeline() as Pipeline`: cast to the source client's batch type.
  while (outer.parent && nodeOf(outer.parent).type === 'TSAsExpression' && isBatchType(nodeOf(outer.parent).typeAnnotation as NodeLike)) {
    writtenTypes.push((outer.parent as ASTPath).get('typeAnnotation') as ASTPath);
    outer = outerExpressionPath(outer.parent as ASTPath);
  }
  const declarator = outer.parent as ASTPath | null;
  if (!declarator || nodeOf(declarator).type !== 'VariableDeclarator' || nodeOf(declarator).init !== outer.node) return undefined;
  const id = nodeOf(declarator).id as NodeLike | undefined;
  if (id?.type !== 'Identifier') return undefined;
  // `const pipeline: ChainableCommander = redis.pipeline()`; a variable typed otherwise is not followed.
  const annotation = (id.typeAnnotation as NodeLike | undefined)?.typeAnnotation as NodeLike | undefined;
  if (annotation && !isBatchType(annotation)) return undefined;
  if (annotation) writtenTypes.push(declarator.get('id', 'typeAnnotation', 'typeAnnotation') as ASTPath);
  return { declarator, writtenTypes };
}

/** Every reference to the variable `declarator` declares, in source order (the declaration excluded). */
function referencesOf(declarator: ASTPath, identifiers: readonly ASTPath[]): ASTPath[] {
  const name = String((nodeOf(declarator).id as NodeLike).name);
  const declaring = lookupScope(declarator, name);
  return identifiers.filter((path) => {
    if (nodeOf(path).name !== name || path.node === nodeOf(declarator).id) return false;
    const parent = path.parent ? nodeOf(path.parent) : undefined;
    // `x.tx` and `{ tx: 1 }` name a property, not the variable.
    if (parent?.type === 'MemberExpression' && parent.property === path.node && !parent.computed) return false;
    if ((parent?.type === 'ObjectProperty' || parent?.type === 'Property') && parent.key === path.node && !parent.computed && !parent.shorthand) return false;
    return lookupScope(path, name) === declaring;
  });
}


/** A read of the batch variable's `length`, with how many commands were queued on the variable before it. */
interface FollowedLength {
  readonly path: ASTPath;
  readonly queued: number;
  readonly afterExec: boolean;
}

interface FollowedBatch {
  readonly entries: QueuedCommand[];
  readonly exec?: ASTPath<CallExpression>;
  /** How many commands were queued on the variable before the first send (all of them, without resends). */
  readonly firstQueued?: number;
  /** node-redis: the sends after the first, each with how many commands were queued before it. */
  readonly resends?: readonly { readonly path: ASTPath<CallExpression>; readonly queued: number }[];
  readonly lengths?: readonly FollowedLength[];
  /** The batch is only counted (`redis.pipeline().set(k, v).length`): never sent, its commands never run. */
  readonly countedOnly?: boolean;
  /** The calls of functions the batch is passed to that queue commands on it (each a statement of its own). */
  readonly helperCalls?: readonly HelperCall[];
  /** The types written for the values holding the batch (see QueuedBatch.writtenTypes). */
  readonly writtenTypes?: readonly ASTPath[];
  /** The batch variable's declaration (the statement) and name, when the batch is held in one. */
  readonly variable?: { readonly declaration: ASTPath; readonly name: string };
  readonly problem?: string;
}

/** `batch.length` read as a value at `reference` (not written, not called): its member expression. */
function lengthRead(reference: ASTPath): ASTPath | undefined {
  const member = reference.parent as ASTPath | null;
  const node = member ? nodeOf(member) : undefined;
  if (node?.type !== 'MemberExpression' || node.object !== reference.node || node.computed || (node.property as NodeLike).name !== 'length') return undefined;
  return member as ASTPath;
}

/** Why a `length` read cannot be given its number: written, called, or where the count before it is not known. */
function lengthProblem(member: ASTPath, straight: boolean, entries: readonly QueuedCommand[]): string | undefined {
  const parent = member.parent ? nodeOf(member.parent) : undefined;
  const written = (parent?.type === 'AssignmentExpression' && parent.left === member.node) || parent?.type === 'UpdateExpression' || (parent?.type === 'CallExpression' && parent.callee === member.node);
  if (written) return "the batch's length is written or called";
  if (!straight || entries.some((entry) => entry.dynamic)) return "the batch's length is read in a loop or a branch, or after commands queued in one, so how many commands it counts is not known from the code";
  return undefined;
}

/** `path` stands below `block` (a loop or a branch of it), without a function between them. */
function isInsideWithoutFunction(path: ASTPath, block: unknown): boolean {
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (current.node === block) return true;
    if (FUNCTION_TYPES.has(current.node.type) && !isForEachCallback(current)) return false;
  }
  return false;
}

/**
 * `items.forEach((item) => { pipeline.set(...); })`: a function (neither async nor a generator) given first to a
 * `forEach`, which calls it for each element before it returns, as a loop's body runs (arrays, maps and sets).
 */
function isForEachCallback(fn: ASTPath): boolean {
  const node = nodeOf(fn);
  return FUNCTION_LITERALS.has(node.type) && !node.async && !node.generator && methodGivenCallback(fn) === 'forEach';
}

function followChain(start: ClientCall, execs: Readonly<Record<string, boolean | undefined>>, identifiers: () => readonly ASTPath[], isBatchType: (type: NodeLike) => boolean): FollowedBatch {
  const { library } = start.binding;
  const links = chainFrom(start.path, execs, library);
  const last = links.at(-1);
  const asCommands = (calls: readonly ASTPath<CallExpression>[], dynamic = false) => calls.map((path) => ({ path, method: methodOf(path, library), dynamic }));
  if (last && Object.hasOwn(execs, methodOf(last, library))) return { entries: asCommands(links.slice(0, -1)), exec: last, firstQueued: links.length - 1 };
  // `redis.pipeline().set(k, v).length`: a chain only counted, never sent, is the number ioredis counted.
  const counted = start.binding.library === 'ioredis' ? lengthRead(last ?? start.path) : undefined;
  if (counted) {
    const problem = lengthProblem(counted, true, []);
    return problem ? { entries: [], problem } : { entries: asCommands(links), lengths: [{ path: counted, queued: links.length, afterExec: false }], countedOnly: true };
  }
  const stored = storingVariable(last ?? start.path, isBatchType);
  if (!stored) return { entries: [], problem: 'the batch is used as a value (passed on, returned, stored where the codemod does not follow it, or in a variable typed otherwise than as the batch)' };
  const { declarator } = stored;
  const writtenTypes = [...stored.writtenTypes];
  const entries = asCommands(links);
  const home = enclosingStatement(declarator);
  let exec: ASTPath<CallExpression> | undefined;
  const lengths: FollowedLength[] = [];
  const resends: { path: ASTPath<CallExpression>; queued: number }[] = [];
  let firstQueued = 0;
  const helperCalls: HelperCall[] = [];
  const references = referencesOf(declarator, identifiers());
  for (const reference of references) {
    const statement = straightLineStatement(reference);
    const straight = statement !== undefined && statement.parent?.node === home.parent?.node;
    if (!straight && !isInsideWithoutFunction(reference, home.parent?.node)) {
      return { entries, problem: 'commands are queued on the batch in another function than the one that started it' };
    }
    const length = lengthRead(reference);
    if (length && start.binding.library === 'ioredis') {
      const problem = lengthProblem(length, straight, entries);
      if (problem) return { entries, problem };
      lengths.push({ path: length, queued: entries.length, afterExec: exec !== undefined });
      continue;
    }
    // Passed to a function of the module that queues commands on it: those are the batch's, at unknown slots.
    const sendsBatch = (call: ASTPath<CallExpression>) => Object.hasOwn(execs, methodOf(call, library));
    const helper = followHelperCall(reference, identifiers(), (path) => chainFrom(path, execs, library), sendsBatch, (path) => references.includes(path), isBatchType);
    if (helper && 'problem' in helper) return { entries, problem: helper.problem };
    if (helper) {
      if (exec) return { entries, problem: 'the batch is passed to a function that queues commands on it after it was sent' };
      entries.push(...asCommands(helper.commands.filter((command) => !entries.some((entry) => entry.path === command)), true));
      helperCalls.push({ statement: (reference.parent as ASTPath).parent as ASTPath, commands: helper.commands, fixed: helper.fixed });
      if (helper.parameterType && !writtenTypes.includes(helper.parameterType)) writtenTypes.push(helper.parameterType);
      continue;
    }
    const chain = chainFrom(reference, execs, library);
    if (chain.length === 0) return { entries, problem: `the batch \`${String(nodeOf(reference).name)}\` is used as a value, not only to queue commands and send them` };
    const end = chain.at(-1) as ASTPath<CallExpression>;
    const sends = Object.hasOwn(execs, methodOf(end, library));
    // node-redis keeps a multi's commands once sent: a later exec sends them again, with those queued since (as
    // GLIDE's batch does; both checked against a server). ioredis answers a pipeline sent again with its first
    // reply, a transaction with a mix of old replies and 'QUEUED'.
    if (exec && start.binding.library !== 'node-redis') return { entries, problem: "the batch is used again after it was sent (ioredis answers a pipeline sent again with its first reply, a transaction with old replies and 'QUEUED')" };
    if (sends && !straight) return { entries, problem: 'the batch is sent in a loop or a branch' };
    if (sends && exec && execs[methodOf(end, library)] !== execs[methodOf(exec, library)]) return { entries, problem: 'the batch is sent both as a transaction and as a pipeline, where a GLIDE Batch is one or the other' };
    entries.push(...asCommands(sends ? chain.slice(0, -1) : chain, !straight));
    if (sends && exec) resends.push({ path: end, queued: entries.length });
    else if (sends) {
      exec = end;
      firstQueued = entries.length;
    }
  }
  const variable = { declaration: home, name: String((nodeOf(declarator).id as NodeLike).name) };
  return exec ? { entries, exec, firstQueued, resends, lengths, variable, writtenTypes, ...(helperCalls.length > 0 ? { helperCalls } : {}) } : { entries, problem: 'the batch is never sent' };
}

/** `path` stands in the block of a `try` (before any function), where what throws may be caught. */
function isInsideTry(path: ASTPath): boolean {
  for (let current = path; current.parent; current = current.parent as ASTPath) {
    if (FUNCTION_TYPES.has(current.node.type)) return false;
    if (current.parent.node.type === 'TryStatement' && (current.parent.node as { block?: unknown }).block === current.node) return true;
  }
  return false;
}

/**
 * The statements that queue a batch's commands, each of them a statement of its own whose expression is the
 * chain of queued calls (`pipeline.hgetall(k);`) or the call of a function the batch is passed to, after which a
 * statement may note what it queued; undefined when a command is queued inside another expression
 * (`ok && pipeline.set(k, v)`), in a chain of several inside a `try` block (an argument of a later call that
 * throws, caught, would leave the earlier ones queued unnoted), or by a function that may queue other commands
 * than all of its own, or whose call stands inside a `try` block.
 */
function queuingStatements(entries: readonly QueuedCommand[], helperCalls: readonly HelperCall[]): QueuingStatement[] | undefined {
  const statements: QueuingStatement[] = [];
  const queuedInHelpers = new Set(helperCalls.flatMap((call) => call.commands));
  for (const entry of entries.filter((queued) => !queuedInHelpers.has(queued.path))) {
    let top: ASTPath = entry.path;
    for (let link = chainedCall(top); link; link = chainedCall(link)) top = link;
    const statement = top.parent as ASTPath | null;
    if (statement?.node.type !== 'ExpressionStatement') return undefined;
    const known = statements.find((queuing) => queuing.statement === statement);
    if (known) (known.commands as ASTPath[]).push(entry.path);
    else statements.push({ statement, commands: [entry.path] });
  }
  if (statements.some(({ statement, commands }) => commands.length > 1 && isInsideTry(statement))) return undefined;
  // A function the batch is passed to is noted at its call, where it queues the same commands each time.
  if (helperCalls.some((call) => !call.fixed || isInsideTry(call.statement))) return undefined;
  return [...statements, ...helperCalls.map(({ statement, commands }) => ({ statement, commands }))];
}


/**
 * Why the callbacks given to queued commands cannot be migrated, if they cannot. ioredis calls each with the
 * command's own error or reply, in order, before the exec's promise settles (checked against a server), which the
 * migrated exec does from its reply's slots: only for a function written in place, at a known slot of a pipeline.
 * In a transaction ioredis calls each with `(null, 'QUEUED')` once the server queued the command, whatever EXEC
 * answers (a WATCH abort, a failed command), which the migrated exec does once it is answered: the slot is not
 * needed, but the function must be written in place and queued in straight-line code, to be declared before the
 * exec.
 */
function callbackProblem(start: ClientCall, atomic: boolean, entries: readonly QueuedCommand[]): string | undefined {
  for (const [index, entry] of entries.entries()) {
    const callback = findCallbackArgument(entry.path, entry.method);
    if (!callback) continue;
    const shown = `${entry.method}() is queued with a callback`;
    if (start.binding.library !== 'ioredis') return `${shown}, which the codemod does not migrate inside a batch`;
    if (!FUNCTION_LITERALS.has(nodeOf(callback).type)) return `${shown} given by name; the codemod migrates callbacks of queued commands written in place`;
    if (atomic && entry.dynamic) return `${shown} in a loop or a branch, so it cannot be declared before the exec that now calls it`;
    if (!atomic && entries.slice(0, index + 1).some((earlier) => earlier.dynamic)) return `${shown}, queued in a loop or a branch or after one, so its place in the batch's reply is not known`;
  }
  return undefined;
}

/** A call of `method` made through the batch, at `path`, reported at the method's name. */
function batchCall(start: ClientCall, path: ASTPath<CallExpression>, resultUse: ResultUse, batch: BatchPart): ClientCall {
  const method = methodOf(path, start.binding.library);
  const { line, column } = positionOf((path.node.callee as unknown as NodeLike).property);
  return { binding: start.binding, method, path, resultUse, callback: findCallbackArgument(path, method), line, column, batch };
}

/** How the exec's reply is used: an ioredis callback given to exec() reads it too. */
function execResultUse(start: ClientCall, exec: ASTPath<CallExpression>): ResultUse {
  const described = describeResultUse(exec);
  const callback = start.binding.library === 'ioredis' && findCallbackArgument(exec, methodOf(exec, start.binding.library));
  return callback ? { ...described, used: true, readByCallback: true } : described;
}

/**
 * The client calls with their batches: a batch's start and exec carry it, and each queued command is added as a
 * call at its slot. `identifierPaths` gives the file's identifier paths (to find where a batch variable is used);
 * `isBatchType` tells a type naming the source client's batch (`ChainableCommander`).
 */
export function withClientBatches(calls: readonly ClientCall[], identifierPaths: () => readonly ASTPath[], j: JSCodeshift, isBatchType: (type: NodeLike) => boolean): ClientCall[] {
  const starts = calls.filter((call) => Object.hasOwn(BATCH_STARTS[call.binding.library], call.method));
  if (starts.length === 0) return [...calls];
  let identifiers: readonly ASTPath[] | undefined;
  const knownIdentifiers = () => (identifiers ??= identifierPaths());
  let result = calls.filter((call) => !starts.includes(call));
  starts.forEach((start, id) => {
    const library = start.binding.library;
    const execs = BATCH_EXECS[library];
    const held = isClientHeldMulti(start) ? followClientHeldTransaction(start, calls, knownIdentifiers()) : undefined;
    // The calls a client-held transaction queues are its commands now, not calls of their own.
    if (held && !held.problem) result = result.filter((call) => call !== held.exec && !held.commands.includes(call));
    const listedCommands: ListedForm = held ? { entries: [] } : listedForm(start, j, (method) => Object.hasOwn(execs, method) || Object.hasOwn(BATCH_STARTS.ioredis, method));
    const chained: FollowedBatch = held
      ? {
          entries: held.commands.map((call) => ({ path: call.path, method: call.method, dynamic: false })),
          ...(held.exec ? { exec: held.exec.path, firstQueued: held.commands.length } : {}),
          ...(held.problem ? { problem: held.problem } : {}),
        }
      : followChain(start, execs, knownIdentifiers, isBatchType);
    const followed = { ...chained, entries: [...listedCommands.entries, ...chained.entries] };
    const execMethod = followed.exec ? methodOf(followed.exec, library) : undefined;
    const atomic = BATCH_STARTS[library][start.method] ?? (execMethod ? execs[execMethod] : undefined) ?? true;
    const withCallbacks = followed.entries.some((entry) => findCallbackArgument(entry.path, entry.method));
    const dynamic = followed.entries.some((entry) => entry.dynamic);
    // GLIDE refuses to send a pipeline with no command, where the source clients answered [].
    const mayBeEmpty = !atomic && followed.entries.every((entry) => entry.dynamic);
    const firstDynamic = followed.entries.findIndex((entry) => entry.dynamic);
    const queuing = firstDynamic >= 0 ? queuingStatements(followed.entries.slice(firstDynamic), chained.helperCalls ?? []) : undefined;
    const sendProblem = (problem: string | undefined) => (chained.countedOnly ? undefined : problem);
    const problem =
      listedCommands.problem ??
      followed.problem ??
      callbackProblem(start, atomic, followed.entries) ??
      sendProblem(mayBeEmpty && followed.entries.length === 0 ? 'the pipeline sends no command (GLIDE refuses to send an empty pipeline)' : undefined) ??
      sendProblem(mayBeEmpty && !(queuing && chained.variable) ? 'every command of the pipeline is queued in a loop or a branch, so it may send none (which GLIDE refuses where the source client answered []), and one is queued where the codemod cannot note that it was (inside an expression, in a chain of several calls inside a try block, or by a function the batch is passed to that may not queue all of its commands, or is called inside a try block)' : undefined);
    const receiver = start.path.get('callee', 'object') as ASTPath;
    const size = dynamic ? undefined : followed.entries.length;
    const listed = listedCommands.listed;
    // ioredis counts the MULTI it queues first, and the EXEC once sent; the listed commands come before the others.
    const lengths = (chained.lengths ?? []).map(({ path, queued, afterExec }) => ({
      path,
      value: listedCommands.entries.length + queued + (atomic ? 1 + (afterExec ? 1 : 0) : 0),
    }));
    const clientHeld = held?.statement && held.name ? { statement: held.statement, name: held.name } : undefined;
    const unknownSlotQueuing = queuing && chained.variable ? { ...chained.variable, statements: queuing } : undefined;
    const writtenTypes = chained.writtenTypes ?? [];
    const batch: QueuedBatch = {
      id, atomic, size, receiver,
      ...(problem ? { problem } : {}), ...(listed ? { listed } : {}), ...(lengths.length > 0 ? { lengths } : {}), ...(clientHeld ? { clientHeld } : {}), ...(mayBeEmpty ? { mayBeEmpty } : {}), ...(unknownSlotQueuing ? { unknownSlotQueuing } : {}),
      ...(writtenTypes.length > 0 ? { writtenTypes } : {}),
    };
    result.push({ ...start, batch: { role: 'start', batch } });
    // The callbacks of queued commands read the exec's reply, even where the program throws it away.
    const sentUse = followed.exec ? execResultUse(start, followed.exec) : { awaited: false, used: false };
    const execUse = withCallbacks && followed.exec ? { ...sentUse, used: true } : sentUse;
    const resends = (followed.resends ?? []).map((resend) => ({ ...resend, use: execResultUse(start, resend.path) }));
    // A queued command's reply is read where an exec's is: its rule converts it for that slot.
    const slotUse: ResultUse = { awaited: false, used: execUse.used || resends.some(({ use }) => use.used) };
    // A batch only counted is replaced by its count whole: its commands are not migrated one by one.
    if (!chained.countedOnly) followed.entries.forEach((entry, index) => {
      // After a command queued in a loop or a branch, the slots are not known from the code.
      const known = !followed.entries.slice(0, index + 1).some((earlier) => earlier.dynamic);
      const callback = findCallbackArgument(entry.path, entry.method)?.node;
      result.push(batchCall(start, entry.path, slotUse, { role: 'entry', batch, ...(known ? { index } : {}), ...(callback ? { callback } : {}) }));
    });
    // How many commands each send sends: known unless some are queued in a loop or a branch.
    const sent = (queued: number) => (dynamic ? {} : { size: listedCommands.entries.length + queued });
    if (followed.exec) result.push(batchCall(start, followed.exec, execUse, { role: 'exec', batch, ...sent(followed.firstQueued ?? 0) }));
    for (const resend of resends) result.push(batchCall(start, resend.path, resend.use, { role: 'exec', batch, ...sent(resend.queued) }));
  });
  return result;
}
