/**
 * Starts a worker thread for a share of a project run's files and drives it through the protocol. The entry
 * module is given by the caller (it builds the rules); when it is a TypeScript source (tests run through tsx),
 * the thread registers tsx's loader before loading it.
 * A cancellation rejects what is pending with the signal's reason; `close` terminates the thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { MigrationOutcome, PartitionSetup, PartitionWorkerHandle } from './protocol.js';
import type { ThreadAnswer, ThreadRequest } from './thread-messages.js';

interface Pending {
  resolve(value: unknown): void;
  reject(reason: unknown): void;
  onFile?(outcome: MigrationOutcome): void;
}

/**
 * tsx's ES module API (its `register`), found through the export map of the tsx this module resolves: its loader
 * module registers itself on the main thread only, and `import.meta.resolve` is not there under tsx.
 */
function tsxRegisterModule(): string {
  const manifestPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import?: { default?: string } }> };
  const target = manifest.exports['./esm/api']?.import?.default;
  if (!target) throw new Error(`the tsx at ${path.dirname(manifestPath)} has no ES module API to load TypeScript worker threads with`);
  return pathToFileURL(path.join(path.dirname(manifestPath), target)).href;
}

/**
 * A built entry is loaded as it is. A TypeScript one is loaded by a small script that first registers tsx's
 * loader in the thread: on Node 20 a thread does not inherit the loader hooks `--import tsx` gave this process.
 */
function startThread(entry: URL, setup: PartitionSetup): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData: setup });
  const bootstrap = `import(${JSON.stringify(tsxRegisterModule())}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

export function threadWorker(entry: URL, setup: PartitionSetup, signal?: AbortSignal): PartitionWorkerHandle {
  const thread = startThread(entry, setup);
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let ended: unknown;
  const endAll = (reason: unknown) => {
    ended ??= reason;
    for (const request of pending.values()) request.reject(reason);
    pending.clear();
  };
  const onAbort = () => endAll(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  thread.on('message', (answer: ThreadAnswer) => {
    const request = pending.get(answer.id);
    if (!request) return;
    if (answer.kind === 'file') return request.onFile?.(answer.outcome);
    pending.delete(answer.id);
    if (answer.kind === 'done') request.resolve(answer.value);
    else request.reject(Object.assign(new Error(`a project worker failed: ${answer.message}`), { stack: answer.stack }));
  });
  thread.on('error', (error) => endAll(error));
  thread.on('exit', (code) => endAll(new Error(`a project worker stopped (exit code ${code})`)));

  const send = <T>(message: Omit<ThreadRequest, 'id'>, onFile?: (outcome: MigrationOutcome) => void): Promise<T> => {
    if (ended !== undefined) return Promise.reject(ended);
    if (signal?.aborted) return Promise.reject(signal.reason);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onFile });
      thread.postMessage({ ...message, id });
    });
  };
  return {
    round: (request) => send({ kind: 'round', request }),
    migrate: (request, onFile) => send({ kind: 'migrate', request }, onFile),
    remigrate: (request) => send({ kind: 'remigrate', request }),
    close: async () => {
      signal?.removeEventListener('abort', onAbort);
      ended ??= new Error('the project worker was closed');
      await thread.terminate();
    },
  };
}
