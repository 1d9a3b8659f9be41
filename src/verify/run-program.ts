/**
 * Runs one side of a verify run: `node [--import tsx] <entry> [args...]` in the project folder with the server's
 * address in its environment, output collected, killed at the timeout. On POSIX the program gets a process group of
 * its own, so that a timeout, Ctrl-C or the end of the run kills whatever it started too, and a terminal's Ctrl-C
 * reaches verify (which then cleans up in order) rather than the program alone.
 */
import { spawn } from 'node:child_process';
import type { CleanupScope } from './cleanup-scope.js';
import { ProgramStartError } from './verify-errors.js';

export interface ProgramRun {
  readonly exitCode: number | null;
  /** The signal that ended the program, as on a timeout (SIGKILL). */
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly durationMs: number;
}

export interface RunProgramOptions {
  /** Node's arguments before the entry (the TypeScript loader). */
  readonly nodeArguments: readonly string[];
  readonly entry: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Added on top of this process's environment. */
  readonly env: Readonly<Record<string, string>>;
  readonly timeoutMs: number;
  readonly scope: CleanupScope;
  readonly signal?: AbortSignal;
}

const GROUPS = process.platform !== 'win32';

export function runProgram(options: RunProgramOptions): Promise<ProgramRun> {
  options.signal?.throwIfAborted();
  const started = Date.now();
  const child = spawn(process.execPath, [...options.nodeArguments, options.entry, ...options.args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: GROUPS,
  });
  const killAll = () => {
    if (child.pid === undefined) return;
    try {
      if (GROUPS) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch (error) {
      // ESRCH: the program and everything it started have already gone.
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    }
  };
  let finished = false;
  options.scope.add({ describe: `${options.entry} (pid ${child.pid ?? '?'})`, dispose: () => (finished ? undefined : killAll()), emergency: killAll });

  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      killAll();
    }, options.timeoutMs);
    const onAbort = () => killAll();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    // Background processes the program left behind when it exited are part of the run, and end with it.
    child.once('exit', () => killAll());
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new ProgramStartError(options.entry, options.cwd, error.message));
    });
    // 'close' rather than 'exit': it waits for stdout and stderr to be drained, so no output is lost.
    child.once('close', (exitCode, signal) => {
      finished = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (options.signal?.aborted) reject(options.signal.reason);
      else resolve({ exitCode, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
    });
  });
}
