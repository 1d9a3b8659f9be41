/**
 * A long project run gives the event loop a turn every few milliseconds of work, so that the process stays
 * responsive (an MCP server answers pings and sees cancellations during a run) without paying a turn per step.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';

export type TurnTaker = () => Promise<void>;

/** Returns a function to await between steps: it yields once `budgetMs` of work has passed, then checks `signal`. */
export function turnsEvery(budgetMs: number, signal?: AbortSignal): TurnTaker {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await nextTurn();
    since = performance.now();
    signal?.throwIfAborted();
  };
}
