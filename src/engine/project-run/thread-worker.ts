/**
 * Drives a worker thread (thread-pool.ts) through the protocol for a share of a project run's files. The entry
 * module is given by the caller (it builds the rules). A cancellation rejects what is pending with the signal's
 * reason; `close` gives a thread that finished cleanly back to the pool and terminates any other.
 */
import type { Worker } from 'node:worker_threads';
import { giveBack, takeThread } from './thread-pool.js';
import type { MigrationOutcome, PartitionSetup, PartitionWorkerHandle } from './protocol.js';
import type { ThreadAnswer, ThreadRequest, ThreadRequestBody } from './thread-messages.js';

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  onFile?(outcome: MigrationOutcome): void;
}

let nextId = 0;

export function threadWorker(entry: URL, setup: PartitionSetup, signal?: AbortSignal): PartitionWorkerHandle {
  const thread: Worker = takeThread(entry);
  const pending = new Map<number, Pending>();
  let ended: unknown;
  const endAll = (reason: unknown) => {
    ended ??= reason;
    for (const request of pending.values()) request.reject(reason);
    pending.clear();
  };
  const onAbort = () => endAll(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  const onMessage = (answer: ThreadAnswer) => {
    const request = pending.get(answer.id);
    if (!request) return;
    if (answer.kind === 'file') return request.onFile?.(answer.outcome);
    pending.delete(answer.id);
    if (answer.kind === 'done') request.resolve(answer.value);
    else request.reject(Object.assign(new Error(`a project worker failed: ${answer.message}`), { stack: answer.stack }));
  };
  const onError = (error: Error) => endAll(error);
  const onExit = (code: number) => endAll(new Error(`a project worker stopped (exit code ${code})`));
  thread.on('message', onMessage);
  thread.on('error', onError);
  thread.on('exit', onExit);

  const send = <T>(message: ThreadRequestBody, onFile?: (outcome: MigrationOutcome) => void): Promise<T> => {
    if (ended !== undefined) return Promise.reject(ended);
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onFile });
      thread.postMessage({ ...message, id });
    });
  };
  const started = send<void>({ kind: 'setup', setup });
  // A failed setup fails the first request too (it is sent after); this one is only awaited there.
  started.catch(() => undefined);
  return {
    round: (request) => send({ kind: 'round', request }),
    migrate: (request, onFile) => send({ kind: 'migrate', request }, onFile),
    remigrate: (request) => send({ kind: 'remigrate', request }),
    close: async () => {
      signal?.removeEventListener('abort', onAbort);
      const clean = ended === undefined && pending.size === 0;
      ended ??= new Error('the project worker was closed');
      thread.off('message', onMessage);
      thread.off('error', onError);
      thread.off('exit', onExit);
      // The thread forgets this run's files before it waits for the next one.
      if (clean) thread.postMessage({ id: nextId++, kind: 'release' } satisfies ThreadRequest);
      await giveBack(entry, thread, clean);
    },
  };
}
