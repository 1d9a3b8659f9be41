/**
 * `--workers <n>` (migrate, check, plan, mcp): the worker threads a project run uses; 1 runs it in this thread.
 * Without it the run chooses from its file count and the machine's cores.
 */
import { UsageError } from './usage-error.js';

export const WORKERS_OPTION = { workers: { type: 'string' } } as const;

export function workersFrom(given: string | undefined): number | undefined {
  if (given === undefined) return undefined;
  const value = Number(given);
  if (!(Number.isInteger(value) && value > 0)) throw new UsageError(`--workers takes a positive whole number of threads, not '${given}'`, { withUsage: false });
  return value;
}
