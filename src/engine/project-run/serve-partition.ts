/**
 * The worker thread's side of a project run: it holds the share of files it was started with (`workerData`) and
 * answers the run's requests one at a time. The thread's entry module builds the rules and calls this.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Rule } from '../rewrite/rule.js';
import { PartitionWorker } from './partition-worker.js';
import type { PartitionSetup } from './protocol.js';
import type { ThreadAnswer, ThreadRequest } from './thread-messages.js';

export function servePartition(rules: readonly Rule[]): void {
  const port = parentPort;
  if (!port) throw new Error('servePartition runs in a worker thread started by a project run');
  const worker = new PartitionWorker(workerData as PartitionSetup, rules, async () => undefined);
  const answer = (message: ThreadAnswer) => port.postMessage(message);
  const serve = async (message: ThreadRequest): Promise<unknown> => {
    if (message.kind === 'round') return worker.round(message.request);
    if (message.kind === 'remigrate') return worker.remigrate(message.request);
    return worker.migrate(message.request, (outcome) => answer({ id: message.id, kind: 'file', outcome }));
  };
  port.on('message', (message: ThreadRequest) => {
    serve(message).then(
      (value) => answer({ id: message.id, kind: 'done', value }),
      (error: unknown) => answer({ id: message.id, kind: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined }),
    );
  });
}
