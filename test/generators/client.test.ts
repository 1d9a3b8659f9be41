/**
 * The generated client against a real valkey-server: the connection takes the generated name and the host and
 * port from the environment, and `closeGracefully` loses none of 200 writes still in flight. Shown to fail on a
 * mutant whose close does not wait (GLIDE's close() drops most in-flight commands).
 */
import { expect } from 'chai';
import type { GlideClient } from '@valkey/valkey-glide';
import { startValkeyServer, type ValkeyServer } from '../helpers/valkey-server.js';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { glideClientFor } from './valkey-client.js';

interface ClientModule {
  openValkey(): Promise<GlideClient>;
  closeGracefully(client: GlideClient, inFlight?: Iterable<Promise<unknown>>): Promise<void>;
}

const WRITES = 200;

/** How many of WRITES un-awaited writes a reader finds after the writer was closed through the module. */
async function writesKeptAfterClose(client: ClientModule, reader: GlideClient, prefix: string): Promise<number> {
  const writer = await client.openValkey();
  const keys = Array.from({ length: WRITES }, (_, index) => `${prefix}${index}`);
  const writes = keys.map((key) => writer.set(key, 'v'));
  await client.closeGracefully(writer, writes);
  await Promise.allSettled(writes);
  return (await reader.mget(keys)).filter((value) => value === 'v').length;
}

const closingAtOnce: Mutation = (j, root) => {
  const waits = root.find(j.AwaitExpression, { argument: { callee: { object: { name: 'Promise' }, property: { name: 'allSettled' } } } });
  if (waits.size() !== 1) throw new Error('expected one await Promise.allSettled');
  waits.closest(j.ExpressionStatement).remove();
};

describe('client property', function () {
  this.timeout(120_000);
  let server: ValkeyServer;
  let reader: GlideClient;
  const loaded: LoadedModule<ClientModule>[] = [];
  const load = async (mutate?: Mutation) => {
    const module = await loadGeneratedModule<ClientModule>('client', { factoryName: 'openValkey', clientName: 'property-test', logLevel: 'off' }, 'client.js', mutate);
    loaded.push(module);
    return module.module;
  };

  before(async () => {
    server = await startValkeyServer();
    reader = await glideClientFor(server);
    process.env.VALKEY_HOST = server.host;
    process.env.VALKEY_PORT = String(server.port);
  });
  after(async () => {
    delete process.env.VALKEY_HOST;
    delete process.env.VALKEY_PORT;
    reader?.close();
    for (const module of loaded) module.remove();
    await server?.stop();
  });

  it('connects to VALKEY_HOST / VALKEY_PORT under the generated client name', async function () {
    const module = await load();
    const client = await module.openValkey();
    try {
      expect(await client.clientGetName()).to.equal('property-test');
    } finally {
      await module.closeGracefully(client);
    }
  });

  it('loses none of 200 writes in flight when closed gracefully', async function () {
    expect(await writesKeptAfterClose(await load(), reader, 'graceful:')).to.equal(WRITES);
  });

  it('catches a close that does not wait: writes in flight are lost', async function () {
    expect(await writesKeptAfterClose(await load(closingAtOnce), reader, 'abrupt:')).to.be.lessThan(WRITES);
  });
});
