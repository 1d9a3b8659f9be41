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
 * - a queued command's reply conversion (1 / 0 for a boolean, a string for a score) is applied at its slot.
 *
 * A command is migrated inside a batch only where GLIDE's batch answers it with the shape its direct call does
 * (knowledge/batch-replies.ts) and the batch has the method with room for the arguments its rule wrote
 * (knowledge/generated/batch-methods.ts); a batch the analysis cannot follow (queued in a loop, passed on) is
 * flagged, so its client stays as written.
 */
import type { ASTPath, CallExpression, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall, QueuedBatch } from '../../engine/analyse/types.js';
import { reachSettledClient } from '../support/settled-client.js';
import { defineCallRule, type RuleContext, type SlotReply } from '../../engine/rewrite/rule.js';
import { batchReplyShape, type RenamedRecords } from '../../knowledge/batch-replies.js';
import { BATCH_ARGUMENT_DIFFERENCES, CLUSTER_BATCH_METHODS, STANDALONE_BATCH_METHODS } from '../../knowledge/generated/batch-methods.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { typeNode } from '../../engine/rewrite/type-text.js';

/** ioredis' type for what `exec()` resolves to. */
const IOREDIS_EXEC_TYPE = '[error: Error | null, result: unknown][] | null';

/**
 * `zpopmin(key, { count: 2 })` as the batch takes it, `zpopmin(key, 2)`: the client's options object at `index`,
 * holding only `option`, replaced by its value (with `apply` false, only whether that can be done).
 */
function unwrapOption(entry: ClientCall, unwrap: { readonly index: number; readonly option: string }, apply: boolean): boolean {
  const args = nodeOf(entry.path).arguments as NodeLike[];
  const options = args[unwrap.index];
  if (!options) return true;
  const properties = options.type === 'ObjectExpression' ? (options.properties as NodeLike[]) : undefined;
  const [only, ...others] = properties ?? [];
  const key = only?.key as NodeLike | undefined;
  const isOption = (only?.type === 'ObjectProperty' || only?.type === 'Property') && !only.computed && key?.type === 'Identifier' && key.name === unwrap.option;
  if (!isOption || others.length > 0) return false;
  if (apply) args[unwrap.index] = only.value as NodeLike;
  return true;
}

/** Why a queued command, as its rule rewrote it, cannot stand in a GLIDE batch; undefined when it can. */
function entryProblem(entry: ClientCall): string | undefined {
  const node = nodeOf(entry.path);
  const callee = node.type === 'CallExpression' ? (node.callee as NodeLike) : undefined;
  const property = callee?.type === 'MemberExpression' && !callee.computed ? (callee.property as NodeLike) : undefined;
  if (!property || property.type !== 'Identifier') return `${entry.method}() is migrated as more than one call, which a batch cannot queue`;
  const method = String(property.name);
  const methods = entry.binding.topology === 'cluster' ? CLUSTER_BATCH_METHODS : STANDALONE_BATCH_METHODS;
  if (!Object.hasOwn(methods, method)) return `GLIDE's batch has no ${method}() for ${entry.method}()`;
  if ((node.arguments as unknown[]).length > methods[method]) return `${entry.method}() becomes ${method}() with options (such as a decoder) that GLIDE's batch does not take per command`;
  const difference = Object.hasOwn(BATCH_ARGUMENT_DIFFERENCES, method) ? BATCH_ARGUMENT_DIFFERENCES[method] : undefined;
  if (difference?.differs) return `GLIDE's batch takes other arguments for ${method}() than the client method ${entry.method}() becomes`;
  if (difference?.unwrap && !unwrapOption(entry, difference.unwrap, false)) return `GLIDE's batch takes ${difference.unwrap.option} as a value for ${method}(), not inside options the codemod can take it out of`;
  if (batchReplyShape(method, entry.binding.topology) === 'other-shape') return `inside a batch GLIDE answers ${method}() with another shape than the direct call, which the codemod does not convert yet`;
  return undefined;
}

/** The method a queued command calls now, as its rule rewrote it. */
function queuedMethod(entry: ClientCall): string {
  return String(((nodeOf(entry.path).callee as NodeLike).property as NodeLike).name);
}

/**
 * What a slot's conversion is given: the slot's value, in TypeScript cast to what the direct call answers
 * (`Awaited<ReturnType<GlideClient['smembers']>>`), the type the rule wrote its conversion for. A conversion that
 * names its value twice is given the name alone (it reads it with tests any value passes, such as `=== null`).
 */
function slotReply(context: RuleContext, entry: ClientCall, singleUse: boolean): ExpressionKind {
  const { j } = context;
  if (!context.typeScript || !singleUse) return j.identifier('result');
  const client = entry.binding.topology === 'cluster' ? 'GlideClusterClient' : 'GlideClient';
  context.useGlideExport(client);
  return j.tsAsExpression(j.identifier('result'), typeNode(`Awaited<ReturnType<${client}['${queuedMethod(entry)}']>>`));
}

/**
 * `result.map(({ key, value }) => ({ field: key, value }))`: a batch's `[{ key, value }]` records under the
 * names the direct call gives them (in TypeScript the records are typed as the default decoder gives them).
 */
function renamedRecords(context: RuleContext, records: RenamedRecords): ExpressionKind {
  const { j } = context;
  const result = context.typeScript
    ? j.parenthesizedExpression(j.tsAsExpression(j.identifier('result'), typeNode(`{ key: string; value: ${records.valueType} }[]`)))
    : j.identifier('result');
  const renamed = j.objectExpression([
    j.objectProperty(j.identifier(records.key), j.identifier('key')),
    records.value === 'value' ? Object.assign(j.objectProperty(j.identifier('value'), j.identifier('value')), { shorthand: true }) : j.objectProperty(j.identifier(records.value), j.identifier('value')),
  ]);
  const pattern = j.objectPattern([
    Object.assign(j.objectProperty(j.identifier('key'), j.identifier('key')), { shorthand: true }),
    Object.assign(j.objectProperty(j.identifier('value'), j.identifier('value')), { shorthand: true }),
  ]);
  return j.callExpression(j.memberExpression(result, j.identifier('map')), [j.arrowFunctionExpression([pattern], renamed)]);
}

/** The direct call's shape a batch slot's records are renamed to, when GLIDE's batch answers them otherwise. */
function renamingOf(entry: ClientCall): RenamedRecords | undefined {
  const shape = batchReplyShape(queuedMethod(entry), entry.binding.topology);
  return typeof shape === 'object' ? shape : undefined;
}

function slotIndex(entry: ClientCall): number | undefined {
  return entry.batch?.role === 'entry' ? entry.batch.index : undefined;
}

/**
 * The queued commands whose replies need converting, with what their rules asked: a conversion, or only the
 * renaming of a batch's records to the direct call's shape.
 */
function convertedSlots(context: RuleContext, batch: QueuedBatch): [ClientCall, SlotReply][] {
  const asked = context.slotReplies(batch);
  return queuedCommands(context, batch).flatMap((entry): [ClientCall, SlotReply][] => {
    const slot = asked.get(entry) ?? {};
    return slot.convert || renamingOf(entry) ? [[entry, slot]] : [];
  });
}

/** A slot's value converted: its records renamed to the direct call's shape, then its rule's conversion. */
function convertedSlot(context: RuleContext, entry: ClientCall, slot: SlotReply): ExpressionKind {
  const renaming = renamingOf(entry);
  const value = renaming ? renamedRecords(context, renaming) : slotReply(context, entry, slot.singleUse ?? false);
  return slot.convert ? slot.convert(value) : value;
}

/** `index === 1 ? convert1(result) : index === 3 ? convert3(result) : result`: each slot's own conversion. */
function slotValue(context: RuleContext, batch: QueuedBatch): ExpressionKind {
  const { j } = context;
  const converted = convertedSlots(context, batch).sort(([a], [b]) => (slotIndex(b) ?? 0) - (slotIndex(a) ?? 0));
  let value: ExpressionKind = j.identifier('result');
  for (const [entry, slot] of converted) {
    const test = j.binaryExpression('===', j.identifier('index'), j.numericLiteral(slotIndex(entry) ?? 0));
    value = j.conditionalExpression(test, convertedSlot(context, entry, slot), value);
  }
  return value;
}

function queuedCommands(context: RuleContext, batch: QueuedBatch): ClientCall[] {
  return context.analysis.calls.filter((call) => call.batch?.batch === batch && call.batch.role === 'entry');
}

/** `(results) => results && results.map((result, index) => ...)`, keeping a WATCH abort's null. */
function mapSlots(j: JSCodeshift, results: ExpressionKind, each: ExpressionKind): ExpressionKind {
  const map = j.callExpression(j.memberExpression(results, j.identifier('map')), [j.arrowFunctionExpression([j.identifier('result'), j.identifier('index')], each)]);
  return j.logicalExpression('&&', results, map);
}

/** ioredis' pairs: `result instanceof RequestError ? [result] : [null, <slot value>]`. */
function ioredisPairs(context: RuleContext, batch: QueuedBatch) {
  const { j } = context;
  context.useGlideExport('RequestError');
  return (results: ExpressionKind) => {
    const failed = j.binaryExpression('instanceof', j.identifier('result'), j.identifier('RequestError'));
    return mapSlots(j, results, j.conditionalExpression(failed, j.arrayExpression([j.identifier('result')]), j.arrayExpression([j.nullLiteral(), slotValue(context, batch)])));
  };
}

/**
 * node-redis' typing of the reply: one type per slot, as the source typings promised where a rule said; an array
 * of what any slot may be where the slots are not known.
 */
function nodeRedisTyping(context: RuleContext, batch: QueuedBatch): string {
  const byIndex = new Map([...context.slotReplies(batch)].map(([entry, slot]) => [slotIndex(entry), slot.typeScript]));
  if (batch.size === undefined) return 'unknown[]';
  return `[${Array.from({ length: batch.size }, (_, index) => byIndex.get(index) ?? 'unknown').join(', ')}]`;
}

function startBatch(call: ClientCall, context: RuleContext, batch: QueuedBatch): void {
  const { j } = context;
  const className = call.binding.topology === 'cluster' ? 'ClusterBatch' : 'Batch';
  context.useGlideExport(className);
  call.path.replace(j.newExpression(j.identifier(className), [j.booleanLiteral(batch.atomic)]));
  context.recordEdit(call.path.node, `${call.method}() → new ${className}(${batch.atomic})`);
}

/** The queued commands that cannot stand in a GLIDE batch as their rules rewrote them, with the reason. */
function entryProblems(context: RuleContext, batch: QueuedBatch): [ClientCall, string][] {
  return queuedCommands(context, batch).flatMap((entry) => {
    const problem = entryProblem(entry);
    return problem ? [[entry, problem] as [ClientCall, string]] : [];
  });
}

function sendBatch(call: ClientCall, context: RuleContext, batch: QueuedBatch): void {
  const { j } = context;
  const problems = entryProblems(context, batch);
  // A reply converted at its slot needs the slot: not known after a command queued in a loop or a branch.
  for (const [entry, slot] of convertedSlots(context, batch)) {
    if (renamingOf(entry) && slot.convert && !slot.singleUse) problems.push([entry, `the reply of ${entry.method}() needs renaming and converting in a way the codemod does not compose`]);
    if (slotIndex(entry) === undefined) problems.push([entry, `the reply of ${entry.method}() needs converting, but it is queued after a command queued in a loop or a branch, so its place in the batch's reply is not known`]);
  }
  for (const [entry, problem] of problems) context.flag(entry.path, problem, { client: entry.binding });
  if (problems.length > 0) return;
  for (const entry of queuedCommands(context, batch)) {
    const unwrap = BATCH_ARGUMENT_DIFFERENCES[queuedMethod(entry)]?.unwrap;
    if (unwrap) unwrapOption(entry, unwrap, true);
  }
  if (call.path.node.arguments.length > 0) {
    context.flag(call.path, `${call.method}() is given arguments the codemod does not migrate`);
    return;
  }
  const ioredis = call.binding.library === 'ioredis';
  const batchValue = (call.path.get('callee', 'object') as ASTPath).node as ExpressionKind;
  const sent = j.callExpression(j.memberExpression(batch.receiver.node as ExpressionKind, j.identifier('exec')), [batchValue, j.booleanLiteral(!ioredis)]);
  (call.path as ASTPath<CallExpression>).replace(sent);
  // A client held as a promise is awaited where the batch is sent (or the send waits for it in a callback).
  if (call.binding.shape === 'promise') reachSettledClient(context, call);
  if (ioredis) {
    context.convertReply(call, { convert: ioredisPairs(context, batch), singleUse: false }, { typeScript: IOREDIS_EXEC_TYPE });
    context.recordEdit(call.path.node, `${call.method}() → exec(batch, false), its replies read back as ioredis' [error, value] pairs`);
    return;
  }
  const conversion = convertedSlots(context, batch).length > 0 ? { convert: (results: ExpressionKind) => mapSlots(j, results, slotValue(context, batch)), singleUse: false } : undefined;
  context.convertReply(call, conversion, { typeScript: nodeRedisTyping(context, batch) });
  context.recordEdit(call.path.node, `${call.method}() → exec(batch, true)`);
}

export const batchResults = defineCallRule({
  id: 'batch-results',
  phase: 'lifecycle',
  summary: 'Pipelines and transactions become a GLIDE Batch sent with client.exec; the replies are read back in the source client’s shape',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['pipeline', 'multi', 'exec'], 'node-redis': ['multi', 'exec', 'execAsPipeline'] },
  apply(call, context) {
    const part = call.batch;
    if (!part) {
      context.flag(call.path, `${call.method}() on the client itself (a transaction started with multi({ pipeline: false })) has no GLIDE counterpart; queue the commands on a Batch by hand`);
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
