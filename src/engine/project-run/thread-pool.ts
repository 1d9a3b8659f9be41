/**
 * The worker threads of project runs, kept between runs: a thread that finished a run cleanly waits, idle and not
 * holding the process open, for the next run of the same entry module (an MCP server's second call then finds
 * its threads loaded and their code warm). A thread that failed or was cancelled mid-work is terminated instead.
 * When a TypeScript entry is asked for (tests run through tsx), the thread first registers tsx's loader: on
 * Node 20 a thread does not inherit the loader hooks `--import tsx` gave this process.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

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
function startThread(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const bootstrap = `import(${JSON.stringify(tsxRegisterModule())}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

const idle = new Map<string, Worker[]>();

/** An idle thread of `entry`, or a new one; it holds the process open until given back. */
export function takeThread(entry: URL): Worker {
  const waiting = idle.get(entry.href);
  const kept = waiting?.pop();
  if (kept) {
    kept.ref();
    return kept;
  }
  const thread = startThread(entry);
  // A thread that ends or fails while idle leaves the pool (and its error is not an unhandled 'error' event).
  const leave = () => idle.set(entry.href, (idle.get(entry.href) ?? []).filter((other) => other !== thread));
  thread.once('exit', leave);
  thread.on('error', leave);
  return thread;
}

/** Keeps a thread that finished its run cleanly for the next run, up to one per core; ends the others. */
export async function giveBack(entry: URL, thread: Worker, clean: boolean): Promise<void> {
  const waiting = idle.get(entry.href) ?? [];
  if (!clean || waiting.length >= availableParallelism()) {
    await thread.terminate();
    return;
  }
  thread.unref();
  waiting.push(thread);
  idle.set(entry.href, waiting);
}
