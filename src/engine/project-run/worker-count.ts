/**
 * How many worker threads a project run uses. A thread costs its start-up (loading the parser and the rules), so
 * a project with few client files runs in this thread; a larger one gets a thread per share of files, up to the
 * machine's cores. A caller may force the count (`--workers`); 1 means in this thread.
 */
import { availableParallelism } from 'node:os';

/** About this many files that name a client library pay for one thread's start-up. */
export const CLIENT_FILES_PER_WORKER = 50;

export function workerCount({ forced, clientFiles, files }: { forced?: number; clientFiles: number; files: number }): number {
  const wanted = forced ?? Math.min(availableParallelism(), Math.floor(clientFiles / CLIENT_FILES_PER_WORKER));
  return Math.max(1, Math.min(wanted, files));
}
