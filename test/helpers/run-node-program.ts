/**
 * Runs a TypeScript program through tsx, or a JavaScript one on plain Node, in a child process, the way the golden-file harness
 * runs a fixture app before and after migration. Fixture folders have no node_modules of their own, so tsx is passed
 * to `node --import` as the absolute URL of this repository's copy rather than as a bare name the child would have to
 * resolve from its cwd. A program that hangs (an unclosed client, say) is killed at the timeout and reported as such.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface RunNodeProgramOptions {
  /** Working directory of the child; a relative `entry` is resolved against it. */
  readonly cwd: string;
  /** Added on top of this process's environment (so PATH, VALKEY_URL and the like carry over). */
  readonly env?: Readonly<Record<string, string>>;
  /** Default 20 s. The child is sent SIGKILL when it is reached. */
  readonly timeoutMs?: number;
}

export interface NodeProgramResult {
  readonly stdout: string;
  readonly stderr: string;
  /** null when the child was ended by a signal, as it is on a timeout. */
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly timedOut: boolean;
}

/** The child could not be started at all (missing cwd, no node binary), as opposed to a program that failed. */
export class NodeProgramSpawnError extends Error {
  constructor(entry: string, cwd: string, cause: Error) {
    // Node reports a missing cwd as "spawn node ENOENT", which sends one looking for a missing node binary.
    const reason = existsSync(cwd) ? cause.message : 'the working directory does not exist';
    super(`cannot start "${entry}" in ${cwd}: ${reason}`, { cause });
    this.name = 'NodeProgramSpawnError';
  }
}

const DEFAULT_TIMEOUT_MS = 20_000;
const TSX_LOADER_URL = import.meta.resolve('tsx');

/**
 * TypeScript runs through tsx; JavaScript runs on plain Node, as users run it: tsx would also accept an `import`
 * statement in a CommonJS file, hiding exactly the module-system mistakes a migration must not make.
 */
function loaderFor(entry: string): string[] {
  return /\.[mc]?tsx?$/.test(entry) ? ['--import', TSX_LOADER_URL] : [];
}

export function runNodeProgram(entry: string, options: RunNodeProgramOptions): Promise<NodeProgramResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...loaderFor(entry), entry], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new NodeProgramSpawnError(entry, options.cwd, error));
    });
    // 'close' rather than 'exit': it waits for stdout and stderr to be drained, so no output is lost.
    child.once('close', (exitCode, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode, signal, timedOut });
    });
  });
}
