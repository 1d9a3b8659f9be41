/**
 * The commands a batch queues, as the analysis found them and as their rules rewrote them: which GLIDE method
 * each calls now, and its slot of the batch's reply (unknown after a command queued in a loop or a branch).
 */
import type { ClientCall, QueuedBatch } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

/** The commands queued on `batch`, in the order they are queued. */
export function queuedCommands(context: RuleContext, batch: QueuedBatch): ClientCall[] {
  return context.analysis.calls.filter((call) => call.batch?.batch === batch && call.batch.role === 'entry');
}

/** The method a queued command calls now, as its rule rewrote it. */
export function queuedMethod(entry: ClientCall): string {
  return String(((nodeOf(entry.path).callee as NodeLike).property as NodeLike).name);
}

/** The command's slot of the batch's reply; undefined when it is not known from the code. */
export function slotIndex(entry: ClientCall): number | undefined {
  return entry.batch?.role === 'entry' ? entry.batch.index : undefined;
}
