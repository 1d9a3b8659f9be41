/**
 * The generated cluster client and its routing examples against real clusters. On 3 primaries: the summed
 * DBSIZE counts the keys of every slot, a slot-routed CLUSTER COUNTKEYSINSLOT reaches each key's owner, and keys
 * under one hash tag are written together, once. On 3 primaries with two replicas each, one in zone-a (the
 * primaries' zone) and one in zone-b: with AZAffinity every read lands on a replica of the client's zone (counted
 * per node with INFO commandstats), VALKEY_CLIENT_AZ moves them, `primary` keeps them on the primaries.
 * Each shown to fail on a broken variant: the slot route sent to a random node, DBSIZE of one node, order keys
 * without their hash tag, AZ affinity replaced by any replica.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { GlideClusterClient, Logger } from '@valkey/valkey-glide';
import { startValkeyCluster, type ValkeyCluster } from '../helpers/valkey-cluster.js';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { keyCountOfOneNode, orderKeysWithoutHashTag, readFromAnyReplica, slotRouteToRandomNode } from './mutants.js';

const run = promisify(execFile);

interface ClientModule {
  openCluster(): Promise<GlideClusterClient>;
  closeGracefully(client: GlideClusterClient): Promise<void>;
}

interface RoutingModule {
  countAllKeys(client: GlideClusterClient): Promise<number>;
  countKeysInSlotOf(client: GlideClusterClient, key: string): Promise<number>;
  addressesAnswering(client: GlideClusterClient, route: 'allPrimaries' | 'allNodes'): Promise<string[]>;
  saveOrderOnce(client: GlideClusterClient, orderId: string, fields: Record<string, string>): Promise<boolean>;
  readOrder(client: GlideClusterClient, orderId: string, fieldNames: string[]): Promise<(string | null)[]>;
}

const OPTIONS = { factoryName: 'openCluster', logLevel: 'off', requestTimeoutMs: 5000 };

describe('cluster-client property (cluster)', function () {
  this.timeout(120_000);
  let cluster: ValkeyCluster;
  let client: GlideClusterClient;
  const loaded: LoadedModule<unknown>[] = [];
  const routing = async (mutate?: Mutation) => {
    const module = await loadGeneratedModule<RoutingModule>({ id: 'cluster-client', options: OPTIONS, moduleFile: 'routing.js', topology: 'cluster', mutate });
    loaded.push(module);
    return module.module;
  };
  let keyNumber = 0;
  const writeKeys = async (count: number) => {
    const keys = Array.from({ length: count }, () => `property:key:${(keyNumber += 1)}`);
    await Promise.all(keys.map((key) => client.set(key, 'v')));
    return keys;
  };

  before(async () => {
    Logger.setLoggerConfig('off');
    cluster = await startValkeyCluster();
    client = await GlideClusterClient.createClient({ addresses: [...cluster.nodes], requestTimeout: 5000 });
  });
  after(async () => {
    client?.close();
    for (const module of loaded) module.remove();
    await cluster?.stop();
  });

  /** For each key: did the slot-routed count grow by the number of written keys in its slot? */
  const slotCountsHold = async (module: RoutingModule) => {
    const probes = Array.from({ length: 24 }, (_, index) => `property:slot:${keyNumber}:${index}`);
    const before = await Promise.all(probes.map((key) => module.countKeysInSlotOf(client, key)));
    await Promise.all(probes.map((key) => client.set(key, 'v')));
    const after = await Promise.all(probes.map((key) => module.countKeysInSlotOf(client, key)));
    keyNumber += 1;
    return after.every((count, index) => count === before[index] + 1);
  };

  it('counts the keys written across every slot with the summed DBSIZE', async function () {
    const module = await routing();
    const before = await module.countAllKeys(client);
    await writeKeys(60);
    expect((await module.countAllKeys(client)) - before).to.equal(60);
  });

  it('catches DBSIZE asked of one node: it misses the other primaries\' keys', async function () {
    const module = await routing(keyCountOfOneNode);
    const total = await (await routing()).countAllKeys(client);
    expect(await module.countAllKeys(client)).to.be.lessThan(total);
  });

  it('hears every primary answer a command routed to all primaries', async function () {
    const addresses = await (await routing()).addressesAnswering(client, 'allPrimaries');
    expect([...addresses].sort()).to.deep.equal(cluster.nodes.map((node) => `${node.host}:${node.port}`).sort());
  });

  it("reaches each key's slot owner with the slot-routed COUNTKEYSINSLOT", async function () {
    expect(await slotCountsHold(await routing())).to.equal(true);
  });

  it('catches the slot route sent to a random node: other nodes count 0', async function () {
    expect(await slotCountsHold(await routing(slotRouteToRandomNode))).to.equal(false);
  });

  it('writes the keys of one hash tag together, once', async function () {
    const module = await routing();
    expect(await module.saveOrderOnce(client, 'p1', { status: 'paid', total: '42' })).to.equal(true);
    expect(await module.saveOrderOnce(client, 'p1', { total: '1', note: 'again' })).to.equal(false);
    expect(await module.readOrder(client, 'p1', ['status', 'total', 'note'])).to.deep.equal(['paid', '42', null]);
  });

  it('catches order keys without their hash tag: MSETNX over several slots is refused', async function () {
    const module = await routing(orderKeysWithoutHashTag);
    let refusal: unknown;
    await module.saveOrderOnce(client, 'p2', { status: 'paid', total: '42', note: 'n' }).catch((error: unknown) => (refusal = error));
    expect(String(refusal)).to.include('CrossSlot');
  });
});

describe('cluster-client property (read from replicas by availability zone)', function () {
  this.timeout(180_000);
  let cluster: ValkeyCluster;
  let writer: GlideClusterClient;
  const loaded: LoadedModule<unknown>[] = [];
  const KEYS = Array.from({ length: 60 }, (_, index) => `zone:key:${index}`);

  before(async () => {
    Logger.setLoggerConfig('off');
    cluster = await startValkeyCluster({ primaryZone: 'zone-a', replicaZones: ['zone-a', 'zone-b'] });
    process.env.VALKEY_CLUSTER_NODES = cluster.nodeList;
    writer = await GlideClusterClient.createClient({ addresses: [...cluster.nodes], requestTimeout: 5000 });
    await Promise.all(KEYS.map((key) => writer.set(key, 'v')));
  });
  after(async () => {
    delete process.env.VALKEY_CLUSTER_NODES;
    delete process.env.VALKEY_CLIENT_AZ;
    writer?.close();
    for (const module of loaded) module.remove();
    await cluster?.stop();
  });

  const allNodes = () => [
    ...cluster.nodes.map((node) => ({ port: node.port, where: 'primary zone-a' })),
    ...cluster.replicas.map((replica) => ({ port: replica.port, where: `replica ${replica.availabilityZone}` })),
  ];
  const getCalls = async (port: number) => {
    const { stdout } = await run('valkey-cli', ['-h', '127.0.0.1', '-p', String(port), 'info', 'commandstats'], { encoding: 'utf8' });
    return Number(/cmdstat_get:calls=(\d+)/.exec(stdout)?.[1] ?? 0);
  };

  /** The GETs of every key through the generated client, counted per kind of node (`replica zone-b`: 60). */
  const whereReadsLand = async (options: Record<string, unknown>, mutate?: Mutation): Promise<Record<string, number>> => {
    const module = await loadGeneratedModule<ClientModule>({ id: 'cluster-client', options: { ...OPTIONS, ...options }, moduleFile: 'client.js', topology: 'cluster', mutate });
    loaded.push(module);
    const reader = await module.module.openCluster();
    try {
      await Promise.all(allNodes().map((node) => run('valkey-cli', ['-h', '127.0.0.1', '-p', String(node.port), 'config', 'resetstat'])));
      for (const key of KEYS) await reader.get(key);
    } finally {
      await module.module.closeGracefully(reader);
    }
    const counts: Record<string, number> = {};
    for (const node of allNodes()) counts[node.where] = (counts[node.where] ?? 0) + (await getCalls(node.port));
    return counts;
  };

  it("sends every read to a replica in the client's zone with AZAffinity", async function () {
    expect(await whereReadsLand({ readFrom: 'AZAffinity', clientAz: 'zone-b' })).to.deep.equal({ 'primary zone-a': 0, 'replica zone-a': 0, 'replica zone-b': 60 });
  });

  it('takes the zone from VALKEY_CLIENT_AZ over the generated one', async function () {
    process.env.VALKEY_CLIENT_AZ = 'zone-a';
    try {
      expect(await whereReadsLand({ readFrom: 'AZAffinity', clientAz: 'zone-b' })).to.deep.equal({ 'primary zone-a': 0, 'replica zone-a': 60, 'replica zone-b': 0 });
    } finally {
      delete process.env.VALKEY_CLIENT_AZ;
    }
  });

  it('keeps reads on the primaries with readFrom primary', async function () {
    expect(await whereReadsLand({ readFrom: 'primary' })).to.deep.equal({ 'primary zone-a': 60, 'replica zone-a': 0, 'replica zone-b': 0 });
  });

  it('catches AZ affinity replaced by any replica: reads leave the zone', async function () {
    const counts = await whereReadsLand({ readFrom: 'AZAffinity', clientAz: 'zone-b' }, readFromAnyReplica);
    expect(counts['replica zone-a']).to.be.greaterThan(0);
  });
});
