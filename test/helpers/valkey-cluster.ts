/**
 * A real 3-primary Valkey cluster for the tests of cluster code: three `valkey-server --cluster-enabled yes`
 * processes on free loopback ports (each with its cluster bus port, +10000, free too), joined with
 * `valkey-cli --cluster create`, ready once every node reports `cluster_state:ok`. No replicas: the generated
 * cluster code needs slots spread over several primaries, not failover.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const HOST = '127.0.0.1';
const PRIMARIES = 3;
const READY_TIMEOUT_MS = 30_000;

export interface ValkeyCluster {
  readonly nodes: readonly { readonly host: string; readonly port: number }[];
  /** `host:port,host:port,host:port`, the form of VALKEY_CLUSTER_NODES. */
  readonly nodeList: string;
  /** FLUSHALL on every primary. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

export class ValkeyClusterStartError extends Error {
  constructor(reason: string) {
    super(`the test cluster did not start: ${reason}`);
    this.name = 'ValkeyClusterStartError';
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, HOST, () => probe.close(() => resolve(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A free port whose cluster bus port (port + 10000) is free as well. */
async function freeClusterPort(taken: ReadonlySet<number>): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await anyFreePort();
    if (port > 0 && port + 10000 < 65536 && !taken.has(port) && (await portIsFree(port + 10000))) return port;
  }
  throw new ValkeyClusterStartError('no free port pair (port, port + 10000) was found');
}

const cli = (port: number, ...args: string[]) => run('valkey-cli', ['-h', HOST, '-p', String(port), ...args], { encoding: 'utf8' });

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new ValkeyClusterStartError(`${what} within ${READY_TIMEOUT_MS} ms`);
}

export async function startValkeyCluster(): Promise<ValkeyCluster> {
  const ports: number[] = [];
  for (let index = 0; index < PRIMARIES; index += 1) ports.push(await freeClusterPort(new Set(ports)));
  const directory = mkdtempSync(path.join(os.tmpdir(), 'valkey-cluster-test-'));
  const children: ChildProcess[] = ports.map((port) =>
    spawn(
      'valkey-server',
      ['--port', String(port), '--bind', HOST, '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--save', '', '--appendonly', 'no', '--dir', directory],
      { stdio: 'ignore' },
    ),
  );
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    rmSync(directory, { recursive: true, force: true });
  };
  try {
    for (const port of ports) await waitFor(async () => (await cli(port, 'ping')).stdout.trim() === 'PONG', `node ${port} did not answer PING`);
    await run('valkey-cli', ['--cluster', 'create', ...ports.map((port) => `${HOST}:${port}`), '--cluster-replicas', '0', '--cluster-yes'], { encoding: 'utf8' });
    for (const port of ports) await waitFor(async () => (await cli(port, 'cluster', 'info')).stdout.includes('cluster_state:ok'), `node ${port} did not report cluster_state:ok`);
  } catch (error) {
    await stop();
    throw error;
  }
  const nodes = ports.map((port) => ({ host: HOST, port }));
  return {
    nodes,
    nodeList: nodes.map((node) => `${node.host}:${node.port}`).join(','),
    flush: async () => {
      await Promise.all(ports.map((port) => cli(port, 'flushall')));
    },
    stop,
  };
}
