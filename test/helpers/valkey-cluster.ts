/**
 * A real 3-primary Valkey cluster for the tests of cluster code: three `valkey-server --cluster-enabled yes`
 * processes on free loopback ports (each with its cluster bus port, +10000, free too), joined with
 * `valkey-cli --cluster create`, ready once every node reports `cluster_state:ok`. By default no replicas: most
 * generated cluster code needs slots spread over several primaries, not failover. Read-from-replica code asks for
 * replicas (`replicaZones`: one replica per primary for each entry, in that availability zone) and may place the
 * primaries in a zone (`primaryZone`); each node's zone is Valkey 8's `availability-zone` setting.
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

export interface ClusterNodeAddress {
  readonly host: string;
  readonly port: number;
}

export interface ClusterReplica extends ClusterNodeAddress {
  /** The port of the primary it replicates. */
  readonly primaryPort: number;
  /** Its `availability-zone`, '' when none was set. */
  readonly availabilityZone: string;
}

export interface ValkeyClusterOptions {
  /** For each entry, every primary gets one replica in that availability zone. Default: no replicas. */
  readonly replicaZones?: readonly string[];
  /** The primaries' availability zone. Default: none. */
  readonly primaryZone?: string;
}

export interface ValkeyCluster {
  /** The primaries. */
  readonly nodes: readonly ClusterNodeAddress[];
  readonly replicas: readonly ClusterReplica[];
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

const zoneArguments = (zone: string | undefined) => (zone ? ['--availability-zone', zone] : []);

export async function startValkeyCluster(options: ValkeyClusterOptions = {}): Promise<ValkeyCluster> {
  const ports: number[] = [];
  for (let index = 0; index < PRIMARIES; index += 1) ports.push(await freeClusterPort(new Set(ports)));
  const replicaPlan: { port: number; primaryPort: number; availabilityZone: string }[] = [];
  for (const zone of options.replicaZones ?? []) {
    for (const primaryPort of ports) {
      const port = await freeClusterPort(new Set([...ports, ...replicaPlan.map((replica) => replica.port)]));
      replicaPlan.push({ port, primaryPort, availabilityZone: zone });
    }
  }
  const directory = mkdtempSync(path.join(os.tmpdir(), 'valkey-cluster-test-'));
  const startNode = (port: number, zone: string | undefined): ChildProcess =>
    spawn(
      'valkey-server',
      ['--port', String(port), '--bind', HOST, '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--save', '', '--appendonly', 'no', '--dir', directory, ...zoneArguments(zone)],
      { stdio: 'ignore' },
    );
  const children: ChildProcess[] = [
    ...ports.map((port) => startNode(port, options.primaryZone)),
    ...replicaPlan.map((replica) => startNode(replica.port, replica.availabilityZone || undefined)),
  ];
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
    if (replicaPlan.length > 0) await attachReplicas(replicaPlan, ports);
  } catch (error) {
    await stop();
    throw error;
  }
  const nodes = ports.map((port) => ({ host: HOST, port }));
  return {
    nodes,
    replicas: replicaPlan.map((replica) => ({ host: HOST, ...replica })),
    nodeList: nodes.map((node) => `${node.host}:${node.port}`).join(','),
    flush: async () => {
      await Promise.all(ports.map((port) => cli(port, 'flushall')));
    },
    stop,
  };
}

/** Joins each replica to the cluster, makes it replicate its primary, and waits until every node sees it synced. */
async function attachReplicas(replicas: readonly { port: number; primaryPort: number }[], primaryPorts: readonly number[]): Promise<void> {
  const idOf = async (port: number) => (await cli(port, 'cluster', 'myid')).stdout.trim();
  for (const replica of replicas) {
    await waitFor(async () => (await cli(replica.port, 'ping')).stdout.trim() === 'PONG', `node ${replica.port} did not answer PING`);
    await cli(replica.port, 'cluster', 'meet', HOST, String(replica.primaryPort));
  }
  for (const replica of replicas) {
    const primaryId = await idOf(replica.primaryPort);
    await waitFor(async () => (await cli(replica.port, 'cluster', 'nodes')).stdout.includes(primaryId), `node ${replica.port} did not learn its primary`);
    await waitFor(async () => (await cli(replica.port, 'cluster', 'replicate', primaryId)).stdout.trim() === 'OK', `node ${replica.port} did not become a replica`);
  }
  for (const replica of replicas) {
    await waitFor(async () => (await cli(replica.port, 'info', 'replication')).stdout.includes('master_link_status:up'), `replica ${replica.port} did not sync`);
  }
  // Clients learn the topology from CLUSTER SLOTS: every primary must list every replica there.
  for (const port of primaryPorts) {
    await waitFor(async () => {
      const slots = (await cli(port, 'cluster', 'slots')).stdout;
      return replicas.every((replica) => slots.includes(String(replica.port)));
    }, `node ${port} did not list every replica in CLUSTER SLOTS`);
  }
}
