/**
 * A real server or cluster for the property tests, with GLIDE clients on it (a request timeout long enough for
 * a busy shared machine) and the environment the generated client module reads (VALKEY_HOST / VALKEY_PORT, or
 * VALKEY_CLUSTER_NODES).
 */
import { GlideClient, GlideClusterClient, Logger } from '@valkey/valkey-glide';
import type { Topology } from '../../src/index.js';
import { startValkeyCluster } from '../helpers/valkey-cluster.js';
import { startValkeyServer } from '../helpers/valkey-server.js';

export type AnyGlideClient = GlideClient | GlideClusterClient;

export const TOPOLOGIES: readonly Topology[] = ['standalone', 'cluster'];

export interface ServersUnderTest {
  readonly topology: Topology;
  readonly clients: readonly AnyGlideClient[];
  /** What the generated client module reads to find the servers. */
  readonly environment: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startServersUnderTest(topology: Topology, clientCount: number): Promise<ServersUnderTest> {
  Logger.setLoggerConfig('off');
  if (topology === 'cluster') {
    const cluster = await startValkeyCluster();
    const clients = await Promise.all(Array.from({ length: clientCount }, () => GlideClusterClient.createClient({ addresses: [...cluster.nodes], requestTimeout: 5000 })));
    return { topology, clients, environment: { VALKEY_CLUSTER_NODES: cluster.nodeList }, stop: stopping(clients, () => cluster.stop()) };
  }
  const server = await startValkeyServer();
  const clients = await Promise.all(Array.from({ length: clientCount }, () => GlideClient.createClient({ addresses: [{ host: server.host, port: server.port }], requestTimeout: 5000 })));
  return { topology, clients, environment: { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) }, stop: stopping(clients, () => server.stop()) };
}

const stopping = (clients: readonly AnyGlideClient[], stopServers: () => Promise<void>) => async () => {
  for (const client of clients) client.close();
  await stopServers();
};
