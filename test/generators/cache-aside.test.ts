/**
 * The generated cache against a real valkey-server and a real 3-primary cluster: it answers the cached value (without loading) until the TTL
 * passes and loads again after it; with stampede protection, 20 concurrent misses load once. Shown to fail on
 * mutants: a store without expiry (the value outlives its TTL) and a loading lock without NX (every miss loads).
 */
import { expect } from 'chai';
import { loadGeneratedModule, pause, type LoadedModule, type Mutation } from './generated-module.js';
import { cacheStoreWithoutExpiry, loadingLockWithoutNx } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient as GlideClient, type ServersUnderTest } from './valkey-client.js';

interface CacheModule {
  getOrLoad(client: GlideClient, key: string, load: () => Promise<string>, ttlMs?: number): Promise<string>;
  invalidate(client: GlideClient, key: string): Promise<void>;
}

const TTL_MS = 400;

interface ExpiryOutcome {
  /** Values read while the TTL runs: all the first load's. */
  readonly beforeExpiry: readonly string[];
  readonly loadsBeforeExpiry: number;
  readonly afterExpiry: string;
}

async function observeExpiry(cache: CacheModule, client: GlideClient, key: string): Promise<ExpiryOutcome> {
  let loads = 0;
  const load = async () => `value ${++loads}`;
  const beforeExpiry: string[] = [];
  const started = Date.now();
  // Reads until 3/4 of the TTL has passed, well inside it even on a slow machine.
  while (Date.now() - started < (TTL_MS * 3) / 4) {
    beforeExpiry.push(await cache.getOrLoad(client, key, load, TTL_MS));
    await pause(20);
  }
  const loadsBeforeExpiry = loads;
  await pause(TTL_MS);
  return { beforeExpiry, loadsBeforeExpiry, afterExpiry: await cache.getOrLoad(client, key, load, TTL_MS) };
}

async function loadsOfConcurrentMisses(cache: CacheModule, clients: readonly GlideClient[], key: string): Promise<number> {
  let loads = 0;
  const loadSlowly = async () => {
    loads += 1;
    await pause(50);
    return 'fresh';
  };
  const values = await Promise.all(Array.from({ length: 20 }, (_, index) => cache.getOrLoad(clients[index % clients.length], key, loadSlowly)));
  expect(new Set(values)).to.deep.equal(new Set(['fresh']));
  return loads;
}

for (const topology of TOPOLOGIES) {
  describe(`cache-aside property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<CacheModule>[] = [];
    const load = async (options: Record<string, unknown>, mutate?: Mutation) => {
      const module = await loadGeneratedModule<CacheModule>({ id: 'cache-aside', options, moduleFile: 'cache.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const stampedeProtection of [false, true]) {
      it(`answers the cached value until the TTL passes, then loads again (stampede protection ${stampedeProtection ? 'on' : 'off'})`, async function () {
        const cache = await load({ stampedeProtection });
        const outcome = await observeExpiry(cache, servers.clients[0], `ttl-${stampedeProtection}`);
        expect(outcome.beforeExpiry.length).to.be.greaterThan(3);
        expect(new Set(outcome.beforeExpiry)).to.deep.equal(new Set(['value 1']));
        expect(outcome.loadsBeforeExpiry).to.equal(1);
        expect(outcome.afterExpiry).to.equal('value 2');
      });
    }

    it('with stampede protection, loads once for 20 concurrent misses', async function () {
      const cache = await load({ stampedeProtection: true });
      expect(await loadsOfConcurrentMisses(cache, servers.clients, 'stampede')).to.equal(1);
    });

    if (topology === 'standalone') {
      it('catches a store without expiry: the value outlives its TTL', async function () {
        const cache = await load({ stampedeProtection: false }, cacheStoreWithoutExpiry);
        const outcome = await observeExpiry(cache, servers.clients[0], 'no-expiry');
        expect(outcome.afterExpiry).to.equal('value 1');
      });

      it('catches a loading lock without NX: concurrent misses all load', async function () {
        const cache = await load({ stampedeProtection: true }, loadingLockWithoutNx);
        expect(await loadsOfConcurrentMisses(cache, servers.clients, 'stampede-no-nx')).to.be.greaterThan(1);
      });
    }
  });
}
