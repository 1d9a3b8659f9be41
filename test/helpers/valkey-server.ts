/**
 * A real Valkey server for the tests. The golden-file harness runs migrated apps against an actual server, because
 * the point is to prove that the GLIDE code leaves the same data behind as the original client did; a mock would
 * only prove that we agree with ourselves. When `VALKEY_URL` is set that external server is used as is, otherwise a
 * throwaway `valkey-server` is spawned on a free loopback port with persistence off and its own temp directory, or,
 * with no binary installed, started in a container when a Docker engine answers (valkey-container.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants as fsConstants, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';

export interface ValkeyServer {
  readonly host: string;
  readonly port: number;
  readonly url: string;
  /** FLUSHALL: empties every database, so that one test's keys never show up in the next one's snapshot. */
  flush(): Promise<void>;
  /** Kills a spawned server and waits for it to exit; a no-op for an external `VALKEY_URL` server. */
  stop(): Promise<void>;
}

/** Neither `valkey-server` on PATH nor `VALKEY_URL`: the message names every way to provide a server. */
export class ValkeyServerUnavailableError extends Error {
  constructor() {
    super(
      [
        'The tests need a real Valkey server, and none is available. Any one of these works:',
        '  1. install valkey-server and valkey-cli (Debian 12: apt-get install -t bookworm-backports valkey-server valkey-tools),',
        '  2. run a Docker engine, so that the tests start Valkey with testcontainers,',
        '  3. set VALKEY_URL=redis://host:port to an external server the tests may flush.',
      ].join('\n'),
    );
    this.name = 'ValkeyServerUnavailableError';
  }
}

/** A spawned server exited early or never answered PING; `output` is what it printed, which says why. */
export class ValkeyServerStartError extends Error {
  readonly output: string;
  constructor(reason: string, output: string) {
    super(`${reason}\n--- valkey-server output ---\n${output.trimEnd() || '(nothing)'}`);
    this.name = 'ValkeyServerStartError';
    this.output = output;
  }
}

const HOST = '127.0.0.1';
const START_ATTEMPTS = 4;
const READY_TIMEOUT_MS = 10_000;
const PING_INTERVAL_MS = 25;
const STOP_GRACE_MS = 5_000;

// Spawned servers still running, so that a test run that forgets stop() (or dies on an exception) does not leave
// valkey-server processes and temp directories behind.
const running = new Map<ChildProcess, string>();
process.on('exit', () => {
  for (const [child, dir] of running) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

export async function startValkeyServer(): Promise<ValkeyServer> {
  const external = process.env.VALKEY_URL;
  if (external) return useExternalServer(external);
  const binary = findOnPath('valkey-server');
  if (!binary) return startInContainer();
  let lastFailure: ValkeyServerStartError | undefined;
  // The free port is only free when we look: another process may take it before valkey-server binds, and then
  // the server exits with "Address already in use", so an early exit is worth another port.
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    const started = await spawnServer(binary, await findFreePort());
    if (started.ok) return started.server;
    lastFailure = started.failure;
    if (!started.retryable) break;
  }
  throw lastFailure ?? new ValkeyServerStartError('valkey-server did not start', '');
}

/** No binary: a Docker engine, if one answers, runs the official image through testcontainers. */
async function startInContainer(): Promise<ValkeyServer> {
  const { dockerEngineAvailable, startValkeyContainer } = await import('./valkey-container.js');
  if (!(await dockerEngineAvailable())) throw new ValkeyServerUnavailableError();
  return startValkeyContainer(flushAll);
}

async function useExternalServer(url: string): Promise<ValkeyServer> {
  const parsed = new URL(url);
  const server: ValkeyServer = {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    url,
    flush: () => flushAll(url),
    stop: async () => {},
  };
  await ping(url);
  return server;
}

function findOnPath(command: string): string | undefined {
  for (const directory of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!directory) continue;
    const candidate = path.join(directory, command);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, fsConstants.X_OK);
    return true;
  } catch (error: unknown) {
    if (isErrnoException(error)) return false; // ENOENT / EACCES: not this directory, keep looking
    throw error;
  }
}

function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('could not read the probe port'))));
    });
  });
}

type SpawnOutcome =
  | { readonly ok: true; readonly server: ValkeyServer }
  | { readonly ok: false; readonly retryable: boolean; readonly failure: ValkeyServerStartError };

async function spawnServer(binary: string, port: number): Promise<SpawnOutcome> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'valkey-test-'));
  const args = ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--daemonize', 'no'];
  const child = spawn(binary, [...args, '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.set(child, dir);
  // valkey-server logs to stdout, so both streams together are what explains a failed start.
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = waitForExit(child);

  const readiness = await waitUntilReady(port, exited);
  if (readiness !== 'ready') {
    await killAndClean(child, dir, exited);
    const reason =
      readiness === 'exited'
        ? `valkey-server exited before answering PING on ${HOST}:${port}`
        : `valkey-server did not answer PING on ${HOST}:${port} within ${READY_TIMEOUT_MS} ms`;
    return { ok: false, retryable: readiness === 'exited', failure: new ValkeyServerStartError(reason, output) };
  }

  // Unreferenced, a server whose stop() a test forgot cannot keep mocha from exiting; the exit hook kills it.
  unrefChild(child);
  const url = `redis://${HOST}:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    ok: true,
    server: {
      host: HOST,
      port,
      url,
      flush: () => flushAll(url),
      stop: () => (stopping ??= killAndClean(child, dir, exited)),
    },
  };
}

function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdout, child.stderr]) {
    if (stream instanceof net.Socket) stream.unref();
  }
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
    // A spawn failure (e.g. the binary vanished) emits 'error' and never 'exit'.
    child.once('error', () => resolve());
  });
}

async function waitUntilReady(port: number, exited: Promise<void>): Promise<'ready' | 'exited' | 'timeout'> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (hasExited) return 'exited';
    if (await answersPing(port)) return 'ready';
    await delay(PING_INTERVAL_MS);
  }
  return hasExited ? 'exited' : 'timeout';
}

/** One raw RESP PING: cheaper than a client, and a refused connection simply means "not yet". */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: HOST, port });
    let reply = '';
    const finish = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.once('error', () => finish(false));
    socket.once('connect', () => socket.write('*1\r\n$4\r\nPING\r\n'));
    socket.setEncoding('utf8').on('data', (chunk: string) => {
      reply += chunk;
      // "-LOADING ..." or any other reply before the line ends means it is up but not ready yet.
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
    socket.once('end', () => finish(false));
  });
}

async function killAndClean(child: ChildProcess, dir: string, exited: Promise<void>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    const stillRunning = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(stillRunning);
  }
  running.delete(child);
  await rm(dir, { recursive: true, force: true });
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A short-lived client that fails fast instead of retrying, so a dead server is an error and not a hang. */
async function withClient<T>(url: string, use: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.quit();
  }
}

async function flushAll(url: string): Promise<void> {
  await withClient(url, (client) => client.flushall());
}

async function ping(url: string): Promise<void> {
  await withClient(url, (client) => client.ping());
}
