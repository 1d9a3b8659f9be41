/**
 * The worker thread's side of project runs: for each run it is given a share of files (`setup`), answers the
 * run's requests one at a time, and forgets the files when released (the thread may serve another run). The
 * thread's entry module builds the rules and calls this.
 */
import { parentPort } from 'node:worker_threads';
import type { Rule } from '../rewrite/rule.js';
import { PartitionWorker } from './partition-worker.js';
import type { ThreadAnswer, ThreadRequest } from './thread-messages.js';

export function servePartition(rules: readonly Rule[]): void {
  const port = parentPort;
  if (!port) throw new Error('servePartition runs in a worker thread started by a project run');
  let worker: PartitionWorker | undefined;
  const answer = (message: ThreadAnswer) => port.postMessage(message);
  const serve = async (message: Exclude<ThreadRequest, { kind: 'release' }>): Promise<unknown> => {
    if (message.kind === 'setup') {
      worker = new PartitionWorker(message.setup, rules, async () => undefined);
      return undefined;
    }
    if (!worker) throw new Error(`a '${message.kind}' request came before the run's setup`);
    if (message.kind === 'round') return worker.round(message.request);
    if (message.kind === 'remigrate') return worker.remigrate(message.request);
    return worker.migrate(message.request, (outcome) => answer({ id: message.id, kind: 'file', outcome }));
  };
  port.on('message', (message: ThreadRequest) => {
    if (message.kind === 'release') {
      worker = undefined;
      return;
    }
    serve(message).then(
      (value) => answer({ id: message.id, kind: 'done', value }),
      (error: unknown) => answer({ id: message.id, kind: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined }),
    );
  });
}
