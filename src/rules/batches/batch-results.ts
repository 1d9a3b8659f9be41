/**
 * Pipelines and transactions. ioredis `redis.pipeline()` / `redis.multi()` and node-redis `client.multi()` queue
 * commands on a batch object and send them with `exec()` (node-redis `execAsPipeline()` sends a pipeline); GLIDE
 * queues them on `new Batch(isAtomic)` and sends it with `client.exec(batch, raiseOnError)`. Each queued command
 * is migrated by its own rule, as the direct call would be; this rule turns the start into the `Batch` and the
 * exec into the client's `exec`, and gives the program the reply it read before:
 * - ioredis answers `[error, value]` pairs, with a failed command's error in its place (`[error]`), and `null`
 *   for a transaction a WATCH aborted: GLIDE's `exec(batch, false)` answers the values with errors in place
 *   (RequestError) and `null` alike, rebuilt into pairs;
 * - node-redis answers the values and rejects when a command failed: `exec(batch, true)` does the same;
 * - a queued command's reply conversion (1 / 0 for a boolean, a string for a score) is applied at its slot, or
 *   from the first slot the code does not tell on (queued in a loop) where every command from there needs it, or
 *   as the method the migrated program noted it queued at each such slot;
 * - a pipeline queued only in loops or branches is sent only once it holds a command (GLIDE refuses an empty one);
 * - the callbacks given to commands queued on an ioredis pipeline are called from their slots, in order; those
 *   given to commands queued in a transaction with 'QUEUED', as ioredis called them once the server queued them.
 *
 * A command is migrated inside a batch only where GLIDE's batch answers it with the shape its direct call does
 * (knowledge/batch-replies.ts) and the batch has the method with room for the arguments its rule wrote
 * (knowledge/generated/batch-methods.ts). ioredis' array form (`pipeline([["set", k, v]])`) is queued as the
 * chain of calls it names. A batch passed to a function of the module that queues commands on it
 * is followed there (engine/analyse/batch-helpers.ts). Types written for the batch (`ChainableCommander`) become
 * `Batch`. A batch the analysis cannot follow (passed on, sent in a
 * loop) is flagged, so its client stays as written.
 */
import type { ASTPath, CallExpression } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall, QueuedBatch } from '../../engine/analyse/types.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import { reachSettledClient } from '../support/settled-client.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { entryProblems, fitToBatch } from '../support/batch-fit.js';
import { queuedCommands, slotIndex } from '../support/batch-queued-commands.js';
import { declareAbove, freshCallbackName, statementToDeclareBefore, typedForTypeScript, type FunctionLike } from '../support/callback-declaration.js';
import { isWatched, rejectAborted } from '../support/watch-error.js';
import { convertedSlots, ioredisPairs, mapSlots, nodeRedisTyping, renamingOf, slotValue, unknownSlots, type SlotCallback } from '../support/batch-slot-replies.js';
import { noteHoldsCommand, recordQueuedNames, sentUnlessEmpty } from '../support/batch-run-time-queue.js';

/** ioredis' type for what `exec()` resolves to. */
const IOREDIS_EXEC_TYPE = '[error: Error | null, result: unknown][] | null';

/**
 * ioredis' array form: the chain of its commands (as their rules rewrote them) on `created`, the new batch; undefined
 * when a rule replaced a link of the chain with something else.
 */
function listedChain(batch: QueuedBatch, created: ExpressionKind): ExpressionKind | undefined {
  const listed = batch.listed;
  if (!listed) return created;
  let link = listed.chain.node as NodeLike;
  for (;;) {
    const callee = link.type === 'CallExpression' ? (link.callee as NodeLike) : undefined;
    if (callee?.type !== 'MemberExpression') return undefined;
    if (callee.object === listed.anchor) {
      callee.object = created;
      return listed.chain.node as ExpressionKind;
    }
    link = callee.object as NodeLike;
  }
}

/**
 * ioredis' `multi({ pipeline: false })`: the Batch is declared in the multi's statement, and each command called
 * on the client until `exec()` is queued on it instead; a command whose reply the program read reads ioredis'
 * 'QUEUED' (`const queued = (transaction.set(k, v), 'QUEUED')`).
 */
function startClientHeld(call: ClientCall, context: RuleContext, batch: QueuedBatch, created: ExpressionKind): void {
  const { j } = context;
  const held = batch.clientHeld as NonNullable<QueuedBatch['clientHeld']>;
  const declaration = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(held.name), created)]);
  // The multi's comments stay with the statement that now starts the transaction.
  (declaration as { comments?: unknown }).comments = (held.statement.node as { comments?: unknown }).comments;
  held.statement.replace(declaration);
  for (const entry of queuedCommands(context, batch)) {
    (entry.path.node.callee as unknown as { object: unknown }).object = j.identifier(held.name);
    const outer = outerExpressionPath(entry.path);
    const awaited = outer.parent?.node.type === 'AwaitExpression' ? (outer.parent as ASTPath) : outer;
    const read = awaited.parent?.node.type !== 'ExpressionStatement';
    const queued = read ? j.sequenceExpression([entry.path.node, j.stringLiteral('QUEUED')]) : entry.path.node;
    if (awaited !== entry.path || read) awaited.replace(queued);
  }
  context.recordEdit(call.path.node, `multi({ pipeline: false }) → const ${held.name} = new Batch(true), the commands called on the client until exec() queued on it`);
}

function startBatch(call: ClientCall, context: RuleContext, batch: QueuedBatch): void {
  const { j } = context;
  const className = call.binding.topology === 'cluster' ? 'ClusterBatch' : 'Batch';
  if (batch.clientHeld) {
    context.useGlideExport(className);
    startClientHeld(call, context, batch, j.newExpression(j.identifier(className), [j.booleanLiteral(true)]));
    return;
  }
  const created = listedChain(batch, j.newExpression(j.identifier(className), [j.booleanLiteral(batch.atomic)]));
  if (!created) {
    context.flag(call.path, `a command given to ${call.method}() is migrated as more than one call, which a batch cannot queue`);
    return;
  }
  context.useGlideExport(className);
  call.path.replace(created);
  // The types written for the values holding the batch name GLIDE's now; a cast of the start is not needed.
  for (const type of batch.writtenTypes ?? []) {
    const cast = type.parent as ASTPath;
    if (nodeOf(cast).type === 'TSAsExpression') cast.replace(nodeOf(cast).expression as ExpressionKind);
    else type.replace(j.tsTypeReference(j.identifier(className)));
    context.recordEdit(created, `the batch's written type → ${className}`);
  }
  // GLIDE's Batch has no length: each read is the number of commands ioredis counted there.
  for (const { path, value } of batch.lengths ?? []) {
    path.replace(j.numericLiteral(value));
    context.recordEdit(path.node, `the batch's length → ${value}, the number of commands ioredis counted there`);
  }
  const form = batch.listed ? ' with its commands queued as calls' : '';
  context.recordEdit(call.path.node, `${call.method}() → new ${className}(${batch.atomic})${form}`);
}

interface QueuedCallbacks {
  readonly problems: [ClientCall, string][];
  /** Declares each callback above the statement that sends the batch; gives the names and slots. */
  readonly declare: () => SlotCallback[];
}

/**
 * The callbacks given to commands queued on an ioredis pipeline (the analysis took only functions written in
 * place, at known slots): each is declared under a name of its own above the statement that sends the batch (the
 * same scope: the commands were queued in that block) and called from its slot of the reply.
 */
function queuedCallbacks(context: RuleContext, exec: ClientCall, batch: QueuedBatch): QueuedCallbacks {
  const problems: [ClientCall, string][] = [];
  const withCallbacks = queuedCommands(context, batch).flatMap((entry) => {
    const callback = entry.batch?.role === 'entry' ? (entry.batch.callback as FunctionLike | undefined) : undefined;
    return callback ? [{ entry, callback }] : [];
  });
  const statement = withCallbacks.length > 0 ? statementToDeclareBefore(exec.path) : undefined;
  for (const { entry, callback } of withCallbacks) {
    const shown = `${entry.method}() is queued with a callback`;
    if (callback.params.length > 2 || !callback.params.every((param) => param.type === 'Identifier')) problems.push([entry, `${shown} that takes parameters other than (error, reply); migrate it by hand`]);
    else if (context.typeScript && !typedForTypeScript(callback)) problems.push([entry, `${shown} whose parameters took their types from ioredis (declare them, \`(error?: Error | null, reply?: T)\`, and run the codemod again)`]);
    else if (!statement) problems.push([entry, `${shown}, and the batch is sent where no statement of its own can name the callback first (an arrow's expression body)`]);
  }
  const declare = () =>
    withCallbacks.map(({ entry, callback }) => {
      const target = statement as ASTPath;
      const name = freshCallbackName(context, exec.path, target, callback, `${entry.method}Callback`);
      declareAbove(context, target, name, callback as unknown as ExpressionKind);
      context.recordEdit(exec.path.node, `the callback of ${entry.method}() is called from its slot of the batch's reply`);
      return { name, index: slotIndex(entry) ?? 0 };
    });
  return { problems, declare };
}

function sendBatch(call: ClientCall, context: RuleContext, batch: QueuedBatch): void {
  const { j } = context;
  const problems = entryProblems(context, batch);
  // A reply converted at its slot needs the slot, not known after a command queued in a loop or a branch: every
  // command queued from there on needs the same conversion, or the program notes which it queued at run time.
  const tail = unknownSlots(context, batch);
  for (const [entry, slot] of convertedSlots(context, batch)) {
    if (renamingOf(entry) && slot.convert && !slot.singleUse) problems.push([entry, `the reply of ${entry.method}() needs renaming and converting in a way the codemod does not compose`]);
    if (slotIndex(entry) !== undefined) continue;
    const unknown = `the reply of ${entry.method}() needs converting, but it is queued in a loop or a branch or after one, so its place in the batch's reply is not known`;
    if (!tail) problems.push([entry, `${unknown}, and it is not converted as every other call of its method there`]);
    else if (tail.byMethod && !batch.unknownSlotQueuing) problems.push([entry, `${unknown}, and a command is queued where the codemod cannot note which it was (inside an expression, in a chain of several calls inside a try block, or by a function the batch is passed to that may not queue all of its commands, or is called inside a try block)`]);
  }
  // The program notes what it queued once, for one send: a node-redis multi sent again is not followed so.
  const sends = context.analysis.calls.filter((other) => other.batch?.batch === batch && other.batch.role === 'exec').length;
  if (sends > 1 && (batch.mayBeEmpty || tail?.byMethod)) problems.push([call, `${call.method}() sends again a multi whose commands are queued in loops or branches, which the codemod does not note for more than one send`]);
  const callbacks = queuedCallbacks(context, call, batch);
  problems.push(...callbacks.problems);
  for (const [entry, problem] of problems) context.flag(entry.path, problem, { client: entry.binding });
  if (problems.length > 0) return;
  fitToBatch(context, batch);
  if (call.path.node.arguments.length > 0) {
    context.flag(call.path, `${call.method}() is given arguments the codemod does not migrate`);
    return;
  }
  const ioredis = call.binding.library === 'ioredis';
  const batchValue = batch.clientHeld ? j.identifier(batch.clientHeld.name) : ((call.path.get('callee', 'object') as ASTPath).node as ExpressionKind);
  const sent = j.callExpression(j.memberExpression(batch.receiver.node as ExpressionKind, j.identifier('exec')), [batchValue, j.booleanLiteral(!ioredis)]);
  (call.path as ASTPath<CallExpression>).replace(sent);
  // A client held as a promise is awaited where the batch is sent (or the send waits for it in a callback).
  if (call.binding.shape === 'promise') reachSettledClient(context, call);
  // Where commands at slots the code does not tell need different conversions, the program notes which it queued.
  const queuing = batch.unknownSlotQueuing;
  const queued = tail?.byMethod && queuing ? recordQueuedNames(context, queuing, tail.entries) : undefined;
  // A pipeline queued only in loops or branches is sent only when it holds a command: GLIDE refuses an empty one.
  if (batch.mayBeEmpty && queuing) {
    const holdsCommand = queued ? j.binaryExpression('>', j.memberExpression(j.identifier(queued), j.identifier('length')), j.numericLiteral(0)) : noteHoldsCommand(context, queuing);
    call.path.replace(sentUnlessEmpty(context, batch, call.path.node as ExpressionKind, holdsCommand));
  }
  if (ioredis) {
    const named = callbacks.declare();
    context.convertReply(call, { convert: ioredisPairs(context, batch, named, queued), singleUse: false }, { typeScript: IOREDIS_EXEC_TYPE });
    context.recordEdit(call.path.node, `${call.method}() → exec(batch, false), its replies read back as ioredis' [error, value] pairs`);
    return;
  }
  const slotted = convertedSlots(context, batch).length > 0;
  // A transaction a WATCH may abort rejected with node-redis' WatchError, where GLIDE answers null.
  const watched = batch.atomic && isWatched(context, call.binding);
  const conversion =
    slotted || watched
      ? {
          convert: (results: ExpressionKind) => {
            const value = slotted ? mapSlots(j, results, slotValue(context, batch, queued)) : results;
            return watched ? rejectAborted(context, results, value) : value;
          },
          singleUse: false,
        }
      : undefined;
  const size = call.batch?.role === 'exec' ? call.batch.size : batch.size;
  context.convertReply(call, conversion, { typeScript: nodeRedisTyping(context, batch, size) });
  context.recordEdit(call.path.node, `${call.method}() → exec(batch, true)`);
}

export const batchResults = defineCallRule({
  id: 'batch-results',
  phase: 'lifecycle',
  summary: 'Pipelines and transactions become a GLIDE Batch sent with client.exec; the replies are read back in the source client’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['pipeline', 'multi', 'exec'], 'node-redis': ['multi', 'exec', 'execAsPipeline', 'execTyped', 'execAsPipelineTyped'] },
  apply(call, context) {
    const part = call.batch;
    if (!part) {
      context.flag(call.path, `${call.method}() on the client itself sends a transaction started with multi({ pipeline: false }) that the codemod does not follow; queue its commands on a Batch by hand`);
      return;
    }
    if (part.batch.problem) {
      if (part.role === 'start') context.flag(call.path, part.batch.problem);
      return;
    }
    // The commands were rewritten in an earlier phase: a batch one of them cannot stand in is left whole.
    if (part.role === 'start' && entryProblems(context, part.batch).length === 0) startBatch(call, context, part.batch);
    else if (part.role === 'exec') sendBatch(call, context, part.batch);
  },
});
