/**
 * `client`: a GLIDE client module, standalone (`GlideClient`) or cluster (`GlideClusterClient`, seed nodes from
 * `VALKEY_CLUSTER_NODES`). Connection settings come from the environment (`VALKEY_HOST`,
 * `VALKEY_PORT`, `VALKEY_USERNAME`, `VALKEY_PASSWORD`) with the generated defaults; the request and connection
 * timeouts, TLS, the client name and GLIDE's log level are options. GLIDE's `close()` rejects commands still in
 * flight and most of them never run, so the module's `closeGracefully` waits for them first; the demo proves it
 * by closing right after 20 un-awaited writes and reading all 20 back through a second client.
 *
 * Other generators put this module beside theirs (with the defaults) and create their demo's client through it.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { booleanValue, identifierValue, numberValue, stringValue } from './literals.js';
import { flagOption, identifierOption, integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { identifiersIn } from './template-identifiers.js';

export const clientOptions = z
  .object({
    host: textOption('The host used when VALKEY_HOST is not set.', 'localhost'),
    port: integerOption('The port used when VALKEY_PORT is not set.', 6379, { min: 1, max: 65535 }),
    useTls: flagOption('Connect with TLS (the server must offer it; GLIDE checks certificates against the system store).', false),
    requestTimeoutMs: integerOption('How long a command may take before GLIDE fails it with a TimeoutError (GLIDE default 250).', 1000, { min: 1, max: 4294967295 }),
    connectionTimeoutMs: integerOption('How long connecting may take (GLIDE default 2000).', 2000, { min: 1, max: 4294967295 }),
    clientName: textOption('The name the server shows for the connection in CLIENT LIST.', 'glide-app'),
    readFrom: z
      .enum(['primary', 'preferReplica'])
      .default('primary')
      .describe('Where reads go: the primary (always the latest data), or a replica when there is one (may lag behind writes).'),
    logLevel: z.enum(['off', 'error', 'warn', 'info', 'debug', 'trace']).default('warn').describe("GLIDE's log level; its log lines go to stdout."),
    factoryName: identifierOption('The name of the exported async function that creates the client.', 'createValkeyClient', () => templateNames()),
  })
  .strict();

export type ClientOptions = z.output<typeof clientOptions>;

let namesInTemplates: ReadonlySet<string> | undefined;
/** The names the client templates use, which `factoryName` may not take; read once, on the first parse. */
const templateNames = () => (namesInTemplates ??= identifiersIn([CLIENT_MODULE, CLUSTER_CLIENT_MODULE, CLIENT_DEMO]));

const CLIENT_MODULE = `/**
 * The Valkey GLIDE client for this app. Connection settings come from the environment (VALKEY_HOST, VALKEY_PORT,
 * VALKEY_USERNAME, VALKEY_PASSWORD), with defaults for a local server.
 */
import { GlideClient, Logger, type GlideClientConfiguration } from '@valkey/valkey-glide';

// GLIDE writes its log lines to stdout.
Logger.setLoggerConfig(${hole('logLevel')});

export function clientConfiguration(): GlideClientConfiguration {
  const password = process.env.VALKEY_PASSWORD;
  return {
    addresses: [{ host: process.env.VALKEY_HOST || ${hole('host')}, port: Number(process.env.VALKEY_PORT || ${hole('port')}) }],
    useTLS: ${hole('useTls')},
    credentials: password ? { username: process.env.VALKEY_USERNAME, password } : undefined,
    clientName: ${hole('clientName')},
    readFrom: ${hole('readFrom')},
    requestTimeout: ${hole('requestTimeoutMs')},
    advancedConfiguration: { connectionTimeout: ${hole('connectionTimeoutMs')} },
  };
}

/** Resolves once the client is connected (and authenticated); rejects with GLIDE's ClosingError otherwise. */
export async function ${hole('factoryName')}(): Promise<GlideClient> {
  return GlideClient.createClient(clientConfiguration());
}

/**
 * GLIDE's close() rejects the commands still in flight, and most of them never reach the server: wait for them
 * first, then close.
 */
export async function closeGracefully(client: GlideClient, inFlight: Iterable<Promise<unknown>> = []): Promise<void> {
  await Promise.allSettled(inFlight);
  client.close();
}
`;

const CLUSTER_CLIENT_MODULE = `/**
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
    readFrom: ${hole('readFrom')},
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

const CLIENT_DEMO = `/** Writes 20 keys without awaiting them, closes gracefully, and checks through a new client that all 20 were applied. */
import { ${hole('factoryName')}, closeGracefully } from './client.js';

async function main(): Promise<boolean> {
  const writer = await ${hole('factoryName')}();
  const keys = Array.from({ length: 20 }, (_, index) => 'glide-example:client:' + String(process.pid) + ':' + String(index));
  const writes = keys.map((key, index) => writer.set(key, String(index)));
  await closeGracefully(writer, writes);
  // Settled here as well: a write the close rejected counts as lost instead of ending the demo.
  await Promise.allSettled(writes);

  const reader = await ${hole('factoryName')}();
  try {
    const values = await reader.mget(keys);
    await reader.del(keys);
    const kept = values.every((value, index) => value === String(index));
    console.log(kept ? 'all 20 writes issued before the close were applied' : 'writes were lost: ' + JSON.stringify(values));
    return kept;
  } finally {
    reader.close();
  }
}
${DEMO_RUNNER}`;

/** The client module alone, for the generators that build on it. */
export function clientModuleFile(options: ClientOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'client',
    target.topology === 'cluster' ? CLUSTER_CLIENT_MODULE : CLIENT_MODULE,
    {
      readFrom: stringValue(j, options.readFrom),
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

/** The client module with the default options, as the other generators' demos use it. */
export const defaultClientModuleFile = (target: GeneratorTarget): GeneratedFile => clientModuleFile(clientOptions.parse({}), target);

function usageExample(target: GeneratorTarget): string[] {
  if (target.moduleSystem === 'cjs') {
    return [
      '```js',
      "const { createValkeyClient, closeGracefully } = require('./client.js');",
      '',
      'async function main() {',
      '  const client = await createValkeyClient();',
      "  await client.set('greeting', 'hello');",
      '  await closeGracefully(client);',
      '}',
      '```',
    ];
  }
  return [
    '```' + target.language,
    "import { createValkeyClient, closeGracefully } from './client.js';",
    '',
    'const client = await createValkeyClient();',
    "await client.set('greeting', 'hello');",
    'await closeGracefully(client);',
    '```',
  ];
}

function readme(options: ClientOptions, target: GeneratorTarget): GeneratedFile {
  const extension = target.language;
  const text = [
    '# Valkey GLIDE client',
    '',
    ...(target.topology === 'cluster'
      ? [`\`client.${extension}\` creates a \`GlideClusterClient\` from the environment (\`VALKEY_CLUSTER_NODES\`: seed nodes as`, '`host:port,host:port`;']
      : [`\`client.${extension}\` creates a standalone \`GlideClient\` from the environment (\`VALKEY_HOST\`, \`VALKEY_PORT\`,`]),
    '`VALKEY_USERNAME`, `VALKEY_PASSWORD`) and closes it gracefully: GLIDE\'s `close()` rejects commands still in',
    'flight, so `closeGracefully(client, inFlight)` waits for them first.',
    '',
    ...usageExample(target),
    '',
    ...(options.factoryName === 'createValkeyClient' ? [] : ['The factory is exported under the name chosen with the `factoryName` option.', '']),
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const clientGenerator = defineGenerator({
  id: 'client',
  title: 'Client',
  summary: 'A GlideClient (or GlideClusterClient) from environment settings with timeouts, TLS, credentials, a client name and a graceful close; the demo proves no write issued before the close is lost.',
  options: clientOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      clientModuleFile(options, target),
      renderModule('demo', CLIENT_DEMO, { factoryName: identifierValue(j, options.factoryName) }, target),
      readme(options, target),
      ...projectFiles('client', target),
    ];
  },
});
