/**
 * Whether a queued command, as its rule rewrote it, can stand in a GLIDE batch: the batch must have the method
 * (knowledge/generated/batch-methods.ts), with room for the arguments written, taking them in the same shape
 * (or with an option object's one value taken out: `zpopmin(key, { count })` is `zpopmin(key, count)` in a
 * batch), and must answer it with the direct call's shape or with records renamed back (knowledge/batch-replies.ts).
 */
import type { ClientCall, QueuedBatch } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { batchReplyShape } from '../../knowledge/batch-replies.js';
import { BATCH_ARGUMENT_DIFFERENCES } from '../../knowledge/generated/batch-methods.js';
import { batchMethodArity } from '../../knowledge/batch-methods.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { queuedCommands, queuedMethod } from './batch-queued-commands.js';

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
  const arity = batchMethodArity(method, entry.binding.topology);
  if (arity === undefined) return `GLIDE's batch has no ${method}() for ${entry.method}()`;
  if ((node.arguments as unknown[]).length > arity) return `${entry.method}() becomes ${method}() with options (such as a decoder) that GLIDE's batch does not take per command`;
  const difference = Object.hasOwn(BATCH_ARGUMENT_DIFFERENCES, method) ? BATCH_ARGUMENT_DIFFERENCES[method] : undefined;
  if (difference?.differs) return `GLIDE's batch takes other arguments for ${method}() than the client method ${entry.method}() becomes`;
  if (difference?.unwrap && !unwrapOption(entry, difference.unwrap, false)) return `GLIDE's batch takes ${difference.unwrap.option} as a value for ${method}(), not inside options the codemod can take it out of`;
  if (batchReplyShape(method, entry.binding.topology) === 'other-shape') return `inside a batch GLIDE answers ${method}() with another shape than the direct call, which the codemod does not convert yet`;
  return undefined;
}

/**
 * Per batch, what entryProblems found the first time it was asked: the start and the send of a batch both ask,
 * in either order, and once the send has fitted the commands to the batch (`{ reverse: true }` taken out to
 * `true`), they no longer read as the client methods their rules wrote.
 */
const problemsFound = new WeakMap<QueuedBatch, [ClientCall, string][]>();

/** The queued commands that cannot stand in a GLIDE batch as their rules rewrote them, with the reason. */
export function entryProblems(context: RuleContext, batch: QueuedBatch): [ClientCall, string][] {
  const known = problemsFound.get(batch);
  if (known) return [...known];
  const problems = queuedCommands(context, batch).flatMap((entry) => {
    const problem = entryProblem(entry);
    return problem ? [[entry, problem] as [ClientCall, string]] : [];
  });
  problemsFound.set(batch, problems);
  return [...problems];
}

/** Takes the options' one value out where the batch method takes it as a value (once every command fits). */
export function fitToBatch(context: RuleContext, batch: QueuedBatch): void {
  for (const entry of queuedCommands(context, batch)) {
    const method = queuedMethod(entry);
    const unwrap = Object.hasOwn(BATCH_ARGUMENT_DIFFERENCES, method) ? BATCH_ARGUMENT_DIFFERENCES[method].unwrap : undefined;
    if (unwrap) unwrapOption(entry, unwrap, true);
  }
}
