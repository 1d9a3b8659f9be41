/**
 * A throwaway valkey-server for one side of a verify run: spawned from PATH on a free loopback port, persistence
 * off (no RDB, no AOF) and its own temp directory, so a run starts from an empty keyspace and leaves nothing on
 * disk. The server is registered with the run's cleanup scope before it is even ready, so that every path (a failed
 * start, a timeout, Ctrl-C) stops it and removes its directory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { CleanupScope } from './cleanup-scope.js';
import { findFreePort, LOOPBACK } from './free-port.js';
import { ServerAddress } from './server-address.js';
import { ValkeyServerStartError } from './verify-errors.js';

export interface SpawnedValkeyServer {
  readonly address: ServerAddress;
  readonly pid: number;
}

const START_ATTEMPTS = 4;
const READY_TIMEOUT_MS = 10_000;
const PING_INTERVAL_MS = 25;
const STOP_GRACE_MS = 5_000;

export interface StartValkeyServerOptions {
  readonly signal?: AbortSignal;
  /**
   * false: the server's process and pipes do not keep this process's event loop alive (a test run that forgets to
   * stop a server still ends; the cleanup scope's exit hook kills it). Default true.
   */
  readonly keepEventLoopAlive?: boolean;
}

export async function startValkeyServer(binary: string, scope: CleanupScope, options: StartValkeyServerOptions = {}): Promise<SpawnedValkeyServer> {
  const { signal } = options;
  let lastFailure: ValkeyServerStartError | undefined;
  // A port taken between the probe and the bind makes the server exit ("Address already in use"): try another.
  for (let attempt = 1; attempt <= START_ATTEMPTS; attempt += 1) {
    signal?.throwIfAborted();
    const outcome = await spawnOnPort(binary, await findFreePort(), scope, options);
    if (outcome.server) return outcome.server;
    lastFailure = outcome.failure;
    if (!outcome.retryable) break;
  }
  throw lastFailure ?? new ValkeyServerStartError('valkey-server did not start', '');
}

type SpawnOutcome =
  | { readonly server: SpawnedValkeyServer; readonly failure?: undefined; readonly retryable?: undefined }
  | { readonly server?: undefined; readonly failure: ValkeyServerStartError; readonly retryable: boolean };

async function spawnOnPort(binary: string, port: number, scope: CleanupScope, options: StartValkeyServerOptions): Promise<SpawnOutcome> {
  const { signal } = options;
  const directory = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-verify-valkey-'));
  const args = ['--port', String(port), '--bind', LOOPBACK, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--dir', directory];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = waitForExit(child);
  const stop = stopper(child, directory, exited);
  scope.add({
    describe: `valkey-server on port ${port} (pid ${child.pid ?? '?'})`,
    dispose: stop,
    emergency: () => {
      if (isRunning(child)) child.kill('SIGKILL');
      rmSync(directory, { recursive: true, force: true });
    },
  });
  // valkey-server logs to stdout, so both streams together are what explains a failed start.
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const readiness = await waitUntilReady(port, exited, signal);
  if (readiness === 'ready' && child.pid !== undefined) {
    if (options.keepEventLoopAlive === false) unrefChild(child);
    return { server: { address: ServerAddress.ofLoopbackPort(port), pid: child.pid } };
  }
  await stop();
  signal?.throwIfAborted();
  const reason =
    readiness === 'exited'
      ? `valkey-server exited before answering PING on ${LOOPBACK}:${port}`
      : `valkey-server did not answer PING on ${LOOPBACK}:${port} within ${READY_TIMEOUT_MS} ms`;
  return { failure: new ValkeyServerStartError(reason, output), retryable: readiness === 'exited' };
}

function unrefChild(child: ChildProcess): void {
  child.unref();
  for (const stream of [child.stdout, child.stderr]) {
    if (stream instanceof net.Socket) stream.unref();
  }
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (!isRunning(child)) resolve();
    child.once('exit', () => resolve());
    // A spawn failure (the binary vanished, no permission) emits 'error' and never 'exit'.
    child.once('error', () => resolve());
  });
}

/** SIGTERM, SIGKILL after a grace period, then the directory; once, however often it is called. */
function stopper(child: ChildProcess, directory: string, exited: Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      if (isRunning(child) && child.pid !== undefined) {
        child.kill('SIGTERM');
        const stubborn = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(stubborn);
      }
      await rm(directory, { recursive: true, force: true });
    })());
}

async function waitUntilReady(port: number, exited: Promise<void>, signal?: AbortSignal): Promise<'ready' | 'exited' | 'timeout' | 'aborted'> {
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (signal?.aborted) return 'aborted';
    if (hasExited) return 'exited';
    if (await answersPing(port)) return 'ready';
    await new Promise((resolve) => setTimeout(resolve, PING_INTERVAL_MS));
  }
  return hasExited ? 'exited' : 'timeout';
}

/** One raw RESP PING: a refused connection or a "-LOADING" reply simply means "not yet". */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: LOOPBACK, port });
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
      if (reply.includes('\r\n')) finish(reply.startsWith('+PONG'));
    });
    socket.once('end', () => finish(false));
  });
}
