/**
 * The generated client against a real valkey-server and a real 3-primary cluster: the connection takes the
 * generated name and the servers from the environment (VALKEY_HOST / VALKEY_PORT, VALKEY_CLUSTER_NODES), and `closeGracefully` loses none of 200 writes still in flight. Shown to fail on a
 * mutant whose close does not wait (GLIDE's close() drops most in-flight commands).
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { closeWithoutWaiting } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient as GlideClient, type ServersUnderTest } from './valkey-client.js';

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

for (const topology of TOPOLOGIES) {
  describe(`client property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<ClientModule>[] = [];
    const load = async (mutate?: Mutation) => {
      const options = { factoryName: 'openValkey', clientName: 'property-test', logLevel: 'off' };
      const module = await loadGeneratedModule<ClientModule>({ id: 'client', options, moduleFile: 'client.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => {
      servers = await startServersUnderTest(topology, 1);
      Object.assign(process.env, servers.environment);
    });
    after(async () => {
      for (const name of Object.keys(servers?.environment ?? {})) delete process.env[name];
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('connects to the servers the environment names, under the generated client name', async function () {
      const module = await load();
      const client = await module.openValkey();
      try {
        expect(await client.clientGetName()).to.equal('property-test');
      } finally {
        await module.closeGracefully(client);
      }
    });

    it('loses none of 200 writes in flight when closed gracefully', async function () {
      expect(await writesKeptAfterClose(await load(), servers.clients[0], 'graceful:')).to.equal(WRITES);
    });

    if (topology === 'standalone') {
      it('catches a close that does not wait: writes in flight are lost', async function () {
        expect(await writesKeptAfterClose(await load(closeWithoutWaiting), servers.clients[0], 'abrupt:')).to.be.lessThan(WRITES);
      });
    }
  });
}
