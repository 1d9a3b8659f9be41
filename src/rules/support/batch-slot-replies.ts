/**
 * The reply of a batch as the source client gave it: each queued command's conversion (what its rule asked
 * through `convertReply`, for the direct call's shape) applied at its slot, after the slot's records are renamed
 * where GLIDE's batch answers them under other names than the direct call; ioredis' `[error, value]` pairs rebuilt
 * around them; node-redis' typing of the reply, one type per slot.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall, QueuedBatch } from '../../engine/analyse/types.js';
import type { RuleContext, SlotReply } from '../../engine/rewrite/rule.js';
import { typeNode } from '../../engine/rewrite/type-text.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { batchReplyShape, type RenamedRecords } from '../../knowledge/batch-replies.js';
import { queuedCommands, queuedMethod, slotIndex } from './batch-queued-commands.js';

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
  const result = context.typeScript ? `(result as { key: string; value: ${records.valueType} }[])` : 'result';
  const value = records.value === 'value' ? 'value' : `${records.value}: value`;
  // From template text, so that recast prints the small patterns and the type on one line.
  return new CodeTemplate().text(`${result}.map(({ key, value }) => ({ ${records.key}: key, ${value} }))`).toExpression(context.j);
}

/** The direct call's shape a batch slot's records are renamed to, when GLIDE's batch answers them otherwise. */
export function renamingOf(entry: ClientCall): RenamedRecords | undefined {
  const shape = batchReplyShape(queuedMethod(entry), entry.binding.topology);
  return typeof shape === 'object' ? shape : undefined;
}

/**
 * The queued commands whose replies need converting, with what their rules asked: a conversion, or only the
 * renaming of a batch's records to the direct call's shape.
 */
export function convertedSlots(context: RuleContext, batch: QueuedBatch): [ClientCall, SlotReply][] {
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

/** The commands queued at slots the code does not tell (in a loop or a branch, or after one), and the first such slot. */
export interface UnknownSlots {
  readonly from: number;
  /** The commands at those slots, in the order queued. */
  readonly entries: readonly ClientCall[];
  /** The conversion every one of them needs, when they all need the same one. */
  readonly conversion?: readonly [ClientCall, SlotReply];
  /**
   * When they need different ones: the conversion of each GLIDE method among them that needs one (every call of a
   * method converted alike), read at run time from what the program noted it queued.
   */
  readonly byMethod?: readonly (readonly [string, ClientCall, SlotReply])[];
}

/**
 * The commands whose slots are not known from the code. Where each needs the same conversion as the others (the
 * same code converts it) or none does, that conversion is applied to every slot from the first of them on; where
 * they need different ones, but every call of one GLIDE method the same, each slot is converted as the method the
 * program noted it queued there. Undefined when two calls of one method need different conversions.
 */
export function unknownSlots(context: RuleContext, batch: QueuedBatch): UnknownSlots | undefined {
  const entries = queuedCommands(context, batch).filter((entry) => slotIndex(entry) === undefined);
  const from = queuedCommands(context, batch).length - entries.length;
  const asked = new Map(convertedSlots(context, batch));
  const printed = (entry: ClientCall) => {
    const slot = asked.get(entry);
    return slot ? context.j(convertedSlot(context, entry, slot)).toSource() : '';
  };
  const conversions = new Set(entries.map(printed));
  const converted = entries.filter((entry) => asked.has(entry));
  if (converted.length === 0) return { from, entries };
  if (conversions.size === 1) return { from, entries, conversion: [converted[0], asked.get(converted[0]) as SlotReply] };
  const byMethod = new Map<string, Set<string>>();
  for (const entry of entries) byMethod.set(queuedMethod(entry), (byMethod.get(queuedMethod(entry)) ?? new Set()).add(printed(entry)));
  if ([...byMethod.values()].some((texts) => texts.size > 1)) return undefined;
  const methods = [...byMethod.keys()].flatMap((method) => {
    const entry = converted.find((candidate) => queuedMethod(candidate) === method);
    return entry ? [[method, entry, asked.get(entry) as SlotReply] as const] : [];
  });
  return { from, entries, byMethod: methods };
}

/**
 * `queued[index - 2] === 'expire' ? convert(result) : queued[index - 2] === 'hgetall' ? ... : result`: each slot
 * converted as the method the program noted it queued there (`queued`, from the first slot not known on).
 */
function convertedAsQueued(context: RuleContext, tail: UnknownSlots, queued: string): ExpressionKind {
  const { j } = context;
  const index = tail.from === 0 ? j.identifier('index') : j.binaryExpression('-', j.identifier('index'), j.numericLiteral(tail.from));
  let value: ExpressionKind = j.identifier('result');
  for (const [method, entry, slot] of [...(tail.byMethod ?? [])].reverse()) {
    const test = j.binaryExpression('===', j.memberExpression(j.identifier(queued), index, true), j.stringLiteral(method));
    value = j.conditionalExpression(test, convertedSlot(context, entry, slot), value);
  }
  return value;
}

/**
 * `index === 1 ? convert1(result) : index === 3 ? convert3(result) : result`: each slot's own conversion; from the
 * first slot not known from the code on, the one conversion all those commands need (`index >= 2 ? convert(result)`),
 * or the conversion of the method the program noted it queued there (`queued`, the array it noted them in).
 */
export function slotValue(context: RuleContext, batch: QueuedBatch, queued?: string): ExpressionKind {
  const { j } = context;
  const known = convertedSlots(context, batch).filter(([entry]) => slotIndex(entry) !== undefined);
  const converted = known.sort(([a], [b]) => (slotIndex(b) ?? 0) - (slotIndex(a) ?? 0));
  const tail = unknownSlots(context, batch);
  let value: ExpressionKind = j.identifier('result');
  const atUnknown = tail?.conversion ? convertedSlot(context, tail.conversion[0], tail.conversion[1]) : tail?.byMethod && queued ? convertedAsQueued(context, tail, queued) : undefined;
  if (tail && atUnknown) {
    const test = j.binaryExpression('>=', j.identifier('index'), j.numericLiteral(tail.from));
    // Parenthesized where the slots are looked up: one condition nested in another reads as such.
    const nested = tail.byMethod ? j.parenthesizedExpression(atUnknown) : atUnknown;
    value = tail.from === 0 ? atUnknown : j.conditionalExpression(test, nested, value);
  }
  for (const [entry, slot] of converted) {
    const test = j.binaryExpression('===', j.identifier('index'), j.numericLiteral(slotIndex(entry) ?? 0));
    value = j.conditionalExpression(test, convertedSlot(context, entry, slot), value);
  }
  return value;
}

/** `(results) => results && results.map((result, index) => ...)`, keeping a WATCH abort's null. */
export function mapSlots(j: JSCodeshift, results: ExpressionKind, each: ExpressionKind): ExpressionKind {
  const map = j.callExpression(j.memberExpression(results, j.identifier('map')), [j.arrowFunctionExpression([j.identifier('result'), j.identifier('index')], each)]);
  return j.logicalExpression('&&', results, map);
}

/** A queued command's callback, by the name it was declared under, and its slot of the reply. */
export interface SlotCallback {
  readonly name: string;
  readonly index: number;
}

/**
 * `{ const pair = <pair>; if (index === 0) setCallback(...pair); return pair; }`: each slot's pair handed to its
 * command's callback as ioredis called it, `(error)` or `(null, value)` (in TypeScript cast to the parameters the
 * callback declared, as ioredis' typings promised them).
 */
function callingBack(context: RuleContext, pair: ExpressionKind, callbacks: readonly SlotCallback[]) {
  const { j } = context;
  const calls = callbacks.map(({ name, index }) => {
    const argument = context.typeScript ? j.tsAsExpression(j.identifier('pair'), typeNode(`Parameters<typeof ${name}>`)) : j.identifier('pair');
    const call = j.callExpression(j.identifier(name), [j.spreadElement(argument)]);
    return j.ifStatement(j.binaryExpression('===', j.identifier('index'), j.numericLiteral(index)), j.expressionStatement(call));
  });
  return j.blockStatement([j.variableDeclaration('const', [j.variableDeclarator(j.identifier('pair'), pair)]), ...calls, j.returnStatement(j.identifier('pair'))]);
}

/**
 * `(setCallback(null, 'QUEUED'), incrCallback(null, 'QUEUED'), <value>)`: in a transaction ioredis calls each
 * queued command's callback with 'QUEUED' once the server queued it, in order, whatever EXEC answers (in
 * TypeScript the arguments are cast to the parameters the callback declared, which ioredis' typings gave the
 * command's reply, not 'QUEUED').
 */
function calledQueued(context: RuleContext, callbacks: readonly SlotCallback[], value: ExpressionKind): ExpressionKind {
  const { j } = context;
  const calls = callbacks.map(({ name }) => {
    const queued = j.arrayExpression([j.nullLiteral(), j.stringLiteral('QUEUED')]);
    const args = context.typeScript ? [j.spreadElement(j.tsAsExpression(j.tsAsExpression(queued, typeNode('unknown[]')), typeNode(`Parameters<typeof ${name}>`)))] : [j.nullLiteral(), j.stringLiteral('QUEUED')];
    return j.callExpression(j.identifier(name), args);
  });
  return j.sequenceExpression([...calls, value]);
}

/**
 * ioredis' pairs: `result instanceof RequestError ? [result] : [null, <slot value>]`, handed to the callbacks of
 * the commands queued with one (in a transaction, 'QUEUED' first).
 */
export function ioredisPairs(context: RuleContext, batch: QueuedBatch, callbacks: readonly SlotCallback[] = [], queued?: string) {
  const { j } = context;
  context.useGlideExport('RequestError');
  return (results: ExpressionKind) => {
    const failed = j.binaryExpression('instanceof', j.identifier('result'), j.identifier('RequestError'));
    const pair = j.conditionalExpression(failed, j.arrayExpression([j.identifier('result')]), j.arrayExpression([j.nullLiteral(), slotValue(context, batch, queued)]));
    if (callbacks.length === 0) return mapSlots(j, results, pair);
    if (batch.atomic) return calledQueued(context, callbacks, mapSlots(j, results, pair));
    const each = j.arrowFunctionExpression([j.identifier('result'), j.identifier('index')], callingBack(context, pair, callbacks));
    return j.logicalExpression('&&', results, j.callExpression(j.memberExpression(results, j.identifier('map')), [each]));
  };
}

/**
 * node-redis' typing of the reply: one type per slot, as the source typings promised where a rule said; an array
 * of what any slot may be where the slots are not known. `size`: how many commands the send sends (node-redis sends
 * a multi again with the commands queued since).
 */
export function nodeRedisTyping(context: RuleContext, batch: QueuedBatch, size: number | undefined = batch.size): string {
  const byIndex = new Map([...context.slotReplies(batch)].map(([entry, slot]) => [slotIndex(entry), slot.typeScript]));
  if (size === undefined) return 'unknown[]';
  return `[${Array.from({ length: size }, (_, index) => byIndex.get(index) ?? 'unknown').join(', ')}]`;
}
