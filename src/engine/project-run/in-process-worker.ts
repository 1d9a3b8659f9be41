/**
 * The worker of a run that needs no threads (few files, `--workers 1`, a caller's own rules): the same protocol,
 * answered in this thread, giving the event loop a turn every few milliseconds so pings and cancellations are seen.
 */
import { turnsEvery } from '../event-loop-turns.js';
import type { Rule } from '../rewrite/rule.js';
import { PartitionWorker } from './partition-worker.js';
import type { PartitionSetup, PartitionWorkerHandle } from './protocol.js';

export function inProcessWorker(setup: PartitionSetup, rules: readonly Rule[], signal?: AbortSignal): PartitionWorkerHandle {
  const worker = new PartitionWorker(setup, rules, turnsEvery(10, signal));
  return {
    round: (request) => worker.round(request),
    migrate: (request, onFile) => worker.migrate(request, onFile),
    remigrate: (request) => worker.remigrate(request),
    close: async () => undefined,
  };
}
