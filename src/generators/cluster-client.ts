/**
 * `cluster-client`: a `GlideClusterClient` module (seed nodes from `VALKEY_CLUSTER_NODES`; TLS, credentials,
 * timeouts and the client name as in `client`), with the read-from-replica strategy as an option (`primary`,
 * `preferReplica`, or `AZAffinity` with the client's availability zone), and a routing module with one example of
 * each way GLIDE routes a command: DBSIZE to all primaries (GLIDE sums the answers), ECHO to all primaries (one
 * answer per node address), INFO to a random node, CLUSTER COUNTKEYSINSLOT to the primary owning a key's slot
 * (`{ type: 'primarySlotKey', key }`), and MSETNX / MGET over keys sharing one hash tag.
 *
 * Cluster only: a standalone server has no slots to route by (the `client` generator writes a `GlideClient`).
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { booleanValue, identifierValue, numberValue, stringValue } from './literals.js';
import { flagOption, identifierOption, integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { identifiersIn } from './template-identifiers.js';

export const clusterClientOptions = z
  .object({
    host: textOption('The seed node host used when VALKEY_CLUSTER_NODES is not set.', 'localhost'),
    port: integerOption('The seed node port used when VALKEY_CLUSTER_NODES is not set.', 6379, { min: 1, max: 65535 }),
    useTls: flagOption('Connect with TLS (the nodes must offer it; GLIDE checks certificates against the system store).', false),
    requestTimeoutMs: integerOption('How long a command may take before GLIDE fails it with a TimeoutError (GLIDE default 250).', 1000, { min: 1, max: 4294967295 }),
    connectionTimeoutMs: integerOption('How long connecting may take (GLIDE default 2000).', 2000, { min: 1, max: 4294967295 }),
    clientName: textOption('The name the nodes show for the connections in CLIENT LIST.', 'glide-app'),
    readFrom: z
      .enum(['primary', 'preferReplica', 'AZAffinity'])
      .default('primary')
      .describe(
        "Where reads go: the primary (always the latest data), any replica (round robin, may lag behind writes), or a replica in the client's availability zone (AZAffinity; falls back to the primary).",
      ),
    clientAz: textOption("With readFrom AZAffinity: the client's availability zone, used when VALKEY_CLIENT_AZ is not set (a node's zone is its availability-zone setting).", 'us-east-1a'),
    logLevel: z.enum(['off', 'error', 'warn', 'info', 'debug', 'trace']).default('warn').describe("GLIDE's log level; its log lines go to stdout."),
    factoryName: identifierOption('The name of the exported async function that creates the client.', 'createValkeyClusterClient', () => templateNames()),
  })
  .strict();

export type ClusterClientOptions = z.output<typeof clusterClientOptions>;

let namesInTemplates: ReadonlySet<string> | undefined;
const templateNames = () => (namesInTemplates ??= identifiersIn([CLUSTER_CLIENT_MODULE(''), CLUSTER_CLIENT_MODULE(AZ_SETTING), ROUTING_MODULE, CLUSTER_DEMO]));

/** Only written for AZAffinity: the zone the client prefers replicas in. */
const AZ_SETTING = `
    clientAz: process.env.VALKEY_CLIENT_AZ || ${hole('clientAz')},`;

const CLUSTER_CLIENT_MODULE = (azSetting: string) => `/**
 * The Valkey GLIDE cluster client for this app. VALKEY_CLUSTER_NODES lists seed nodes as host:port,host:port (any
 * one node is enough: GLIDE discovers the others); credentials come from VALKEY_USERNAME and VALKEY_PASSWORD.
 */
import { GlideClusterClient, Logger, type GlideClusterClientConfiguration } from '@valkey/valkey-glide';

// GLIDE writes its log lines to stdout.
Logger.setLoggerConfig(${hole('logLevel')});

/** The seed nodes from VALKEY_CLUSTER_NODES, or the generated default node. */
export function seedNodes(): { host: string; port: number }[] {
  const listed = process.env.VALKEY_CLUSTER_NODES;
  if (!listed) return [{ host: ${hole('host')}, port: ${hole('port')} }];
  return listed.split(',').map((node) => {
    const separator = node.lastIndexOf(':');
    return { host: node.slice(0, separator).trim(), port: Number(node.slice(separator + 1)) };
  });
}

export function clientConfiguration(): GlideClusterClientConfiguration {
  const password = process.env.VALKEY_PASSWORD;
  return {
    addresses: seedNodes(),
    useTLS: ${hole('useTls')},
    credentials: password ? { username: process.env.VALKEY_USERNAME, password } : undefined,
    clientName: ${hole('clientName')},
    readFrom: ${hole('readFrom')},${azSetting}
    requestTimeout: ${hole('requestTimeoutMs')},
    advancedConfiguration: { connectionTimeout: ${hole('connectionTimeoutMs')} },
  };
}

/** Resolves once the client knows the cluster's topology; rejects with GLIDE's ClosingError otherwise. */
export async function ${hole('factoryName')}(): Promise<GlideClusterClient> {
  return GlideClusterClient.createClient(clientConfiguration());
}

/**
 * GLIDE's close() rejects the commands still in flight, and most of them never reach the server: wait for them
 * first, then close.
 */
export async function closeGracefully(client: GlideClusterClient, inFlight: Iterable<Promise<unknown>> = []): Promise<void> {
  await Promise.allSettled(inFlight);
  client.close();
}
`;

const ROUTING_MODULE = `/**
 * How GLIDE routes commands in a cluster. A command with keys goes to the node owning their slot by itself; a
 * command without keys goes where its \`route\` says: 'allPrimaries', 'allNodes', 'randomNode', the node owning a
 * key's slot ({ type: 'primarySlotKey', key }), or a node by address ({ type: 'routeByAddress', host, port }).
 */
import { Decoder, InfoOptions, type GlideClusterClient } from '@valkey/valkey-glide';

/** DBSIZE on every primary: GLIDE sums the answers, so this counts the keys of the whole cluster. */
export async function countAllKeys(client: GlideClusterClient): Promise<number> {
  return client.dbsize({ route: 'allPrimaries' });
}

/** ECHO on every primary (or every node): GLIDE answers one value per node address (host:port). */
export async function addressesAnswering(client: GlideClusterClient, route: 'allPrimaries' | 'allNodes'): Promise<string[]> {
  const answers = await client.echo('ping', { route, decoder: Decoder.String });
  // A cluster of one node answers a plain value, without its address.
  if (typeof answers === 'string' || Buffer.isBuffer(answers)) return ['(the only node)'];
  return Object.keys(answers);
}

/** INFO server on one node GLIDE picks at random: the port it listens on. */
export async function portOfRandomNode(client: GlideClusterClient): Promise<number> {
  const info = String(await client.info({ sections: [InfoOptions.Server], route: 'randomNode' }));
  const line = info.split('\\n').find((candidate) => candidate.startsWith('tcp_port:'));
  return Number(line?.slice('tcp_port:'.length));
}

/** The hash slot of \`key\` (CLUSTER KEYSLOT answers the same on every node). */
export async function slotOf(client: GlideClusterClient, key: string): Promise<number> {
  return Number(await client.customCommand(['CLUSTER', 'KEYSLOT', key], { route: 'randomNode' }));
}

/**
 * CLUSTER COUNTKEYSINSLOT has no key argument, so GLIDE cannot route it by itself: it is sent to the primary
 * owning \`key\`'s slot. Any other node answers 0.
 */
export async function countKeysInSlotOf(client: GlideClusterClient, key: string): Promise<number> {
  const slot = await slotOf(client, key);
  return Number(await client.customCommand(['CLUSTER', 'COUNTKEYSINSLOT', String(slot)], { route: { type: 'primarySlotKey', key } }));
}

/** A key of one order: the hash tag {order:<id>} puts every key of the order in one slot. */
export function orderKey(orderId: string, field: string): string {
  return '{order:' + orderId + '}:' + field;
}

/**
 * Stores the order's fields all together or not at all (MSETNX, one command over several keys: they must share
 * a slot, or the node refuses it with CROSSSLOT). Answers false when any of them already exists.
 */
export async function saveOrderOnce(client: GlideClusterClient, orderId: string, fields: Record<string, string>): Promise<boolean> {
  const keysAndValues: Record<string, string> = {};
  for (const [field, value] of Object.entries(fields)) keysAndValues[orderKey(orderId, field)] = value;
  return client.msetnx(keysAndValues);
}

/** The order's fields, read with one MGET (same slot). */
export async function readOrder(client: GlideClusterClient, orderId: string, fieldNames: string[]): Promise<(string | null)[]> {
  const values = await client.mget(fieldNames.map((field) => orderKey(orderId, field)), { decoder: Decoder.String });
  return values.map((value) => (value === null ? null : String(value)));
}
`;

const CLUSTER_DEMO = `/**
 * Each routing example against the cluster: the summed DBSIZE counts keys written across slots, every primary
 * answers a command routed to all primaries, a random node is one of the cluster's, a slot-routed command reaches
 * each key's owner, and keys under one hash tag are written together, once.
 */
import { ${hole('factoryName')}, closeGracefully } from './client.js';
import { addressesAnswering, countAllKeys, countKeysInSlotOf, orderKey, portOfRandomNode, readOrder, saveOrderOnce, slotOf } from './routing.js';

const KEY_COUNT = 30;

async function main(): Promise<boolean> {
  const client = await ${hole('factoryName')}();
  const keys = Array.from({ length: KEY_COUNT }, (_, index) => 'glide-example:routing:' + String(process.pid) + ':' + String(index));
  const orderId = String(process.pid);
  try {
    const keysBefore = await countAllKeys(client);
    const slotCountsBefore = await Promise.all(keys.map((key) => countKeysInSlotOf(client, key)));
    await Promise.all(keys.map((key) => client.set(key, 'v')));
    const keysAfter = await countAllKeys(client);

    // How many of the written keys fell into each key's slot.
    const slots = await Promise.all(keys.map((key) => slotOf(client, key)));
    const writtenInSlot = slots.map((slot) => slots.filter((other) => other === slot).length);
    const slotCountsAfter = await Promise.all(keys.map((key) => countKeysInSlotOf(client, key)));

    const nodesText = String(await client.customCommand(['CLUSTER', 'NODES'], { route: 'randomNode' }));
    const nodeLines = nodesText.split('\\n').filter((line) => line.trim() !== '');
    const primaryCount = nodeLines.filter((line) => line.includes('master')).length;
    const nodePorts = nodeLines.map((line) => Number(line.split(' ')[1].split('@')[0].split(':').pop()));

    const firstSave = await saveOrderOnce(client, orderId, { status: 'paid', total: '42' });
    const secondSave = await saveOrderOnce(client, orderId, { status: 'refunded', note: 'late' });
    const order = await readOrder(client, orderId, ['status', 'total', 'note']);

    const checks: Record<string, boolean> = {
      'the summed DBSIZE of all primaries counts every key written across slots': keysAfter - keysBefore === KEY_COUNT,
      'a command routed to all primaries is answered by each of them': (await addressesAnswering(client, 'allPrimaries')).length === primaryCount,
      "a command routed to a random node reaches one of the cluster's nodes": nodePorts.includes(await portOfRandomNode(client)),
      "COUNTKEYSINSLOT routed by key reaches the primary owning each key's slot": slotCountsAfter.every((count, index) => count - slotCountsBefore[index] === writtenInSlot[index]),
      'keys under one hash tag are written together, once': firstSave && !secondSave && order[0] === 'paid' && order[1] === '42' && order[2] === null,
    };
    await client.del(keys);
    await client.del(['status', 'total'].map((field) => orderKey(orderId, field)));${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}
${DEMO_RUNNER}`;

export function clusterClientModuleFile(options: ClusterClientOptions, target: GeneratorTarget): GeneratedFile {
  const azAffinity = options.readFrom === 'AZAffinity';
  return renderModule(
    'client',
    CLUSTER_CLIENT_MODULE(azAffinity ? AZ_SETTING : ''),
    {
      readFrom: stringValue(j, options.readFrom),
      ...(azAffinity ? { clientAz: stringValue(j, options.clientAz) } : {}),
      logLevel: stringValue(j, options.logLevel),
      host: stringValue(j, options.host),
      port: numberValue(j, options.port),
      useTls: booleanValue(j, options.useTls),
      clientName: stringValue(j, options.clientName),
      requestTimeoutMs: numberValue(j, options.requestTimeoutMs),
      connectionTimeoutMs: numberValue(j, options.connectionTimeoutMs),
      factoryName: identifierValue(j, options.factoryName),
    },
    target,
  );
}

const READ_FROM_SENTENCES: Readonly<Record<ClusterClientOptions['readFrom'], string>> = {
  primary: 'Reads go to the primaries (`readFrom: "primary"`): always the latest data.',
  preferReplica: 'Reads go to the replicas in turn (`readFrom: "preferReplica"`), to the primary when a shard has none; a replica may lag behind writes.',
  AZAffinity:
    "Reads go to a replica in the client's availability zone (`readFrom: \"AZAffinity\"`; the zone is `VALKEY_CLIENT_AZ`, or the generated default), to another replica or the primary when there is none; a node's zone is its `availability-zone` setting (Valkey 8).",
};

function readme(options: ClusterClientOptions, target: GeneratorTarget): GeneratedFile {
  const extension = target.language;
  const text = [
    '# Valkey GLIDE cluster client and routing',
    '',
    `\`client.${extension}\` creates a \`GlideClusterClient\` from the environment (\`VALKEY_CLUSTER_NODES\`: seed nodes as`,
    '`host:port,host:port`; `VALKEY_USERNAME`, `VALKEY_PASSWORD`) and closes it gracefully.',
    READ_FROM_SENTENCES[options.readFrom],
    '',
    `\`routing.${extension}\` shows each way a command is routed:`,
    '',
    "- `countAllKeys`: DBSIZE with `route: 'allPrimaries'`; GLIDE sums the answers;",
    "- `addressesAnswering`: ECHO with `route: 'allPrimaries'` (or `'allNodes'`); one answer per node address;",
    "- `portOfRandomNode`: INFO with `route: 'randomNode'`;",
    "- `countKeysInSlotOf`: CLUSTER COUNTKEYSINSLOT with `route: { type: 'primarySlotKey', key }`, the primary owning the key's slot;",
    '- `saveOrderOnce` / `readOrder`: MSETNX and MGET over keys sharing the hash tag `{order:<id>}`, so one slot.',
    '',
    ...(options.factoryName === 'createValkeyClusterClient' ? [] : ['The factory is exported under the name chosen with the `factoryName` option.', '']),
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const clusterClientGenerator = defineGenerator({
  id: 'cluster-client',
  title: 'Cluster client and routing',
  summary:
    "A GlideClusterClient with a read-from-replica strategy (primary, preferReplica, AZAffinity) and routing examples (all primaries, a random node, a key's slot owner, one hash tag); the demo proves each route against a real cluster.",
  options: clusterClientOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['cluster'],
  build(options, target) {
    return [
      clusterClientModuleFile(options, target),
      renderModule('routing', ROUTING_MODULE, {}, target),
      renderModule('demo', CLUSTER_DEMO, { factoryName: identifierValue(j, options.factoryName) }, target),
      readme(options, target),
      ...projectFiles('cluster-client', target),
    ];
  },
});
