/**
 * The generated lock against a real valkey-server and a real 3-primary cluster: among 20 concurrent contenders
 * (on 4 connections) there is never more than one holder, and a stale token can neither release nor extend the
 * lock another caller holds now. Each check is shown to fail on a mutant of the generated module: without NX,
 * and with a release script that does not compare the token.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { lockWithoutNx, releaseWithoutTokenCheck } from './mutants.js';
import { observeExclusion, observeStaleToken, type LockModule } from './lock-properties.js';
import { startServersUnderTest, TOPOLOGIES, type ServersUnderTest } from './valkey-client.js';

const OPTIONS = { retryDelayMs: 5 };

for (const topology of TOPOLOGIES) {
  describe(`distributed-lock property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<LockModule>[] = [];
    const load = async (mutate?: Mutation) => {
      const module = await loadGeneratedModule<LockModule>({ id: 'distributed-lock', options: OPTIONS, moduleFile: 'lock.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('never has two holders among 20 concurrent contenders, and every contender gets its turn', async function () {
      const lock = await load();
      for (let round = 0; round < 3; round += 1) {
        const outcome = await observeExclusion(lock, servers.clients, `resource-${round}`, 20);
        expect(outcome).to.deep.equal({ mostHoldersAtOnce: 1, entered: 20 });
      }
    });

    it('lets no stale token release or extend the new holder’s lock', async function () {
      const lock = await load();
      expect(await observeStaleToken(lock, servers.clients[0], 'stale')).to.deep.equal({ staleReleased: false, staleExtended: false, newHolderKept: true });
    });

    if (topology === 'standalone') {
      it('catches a lock generated without NX: several contenders hold it at once', async function () {
        const lock = await load(lockWithoutNx);
        const outcome = await observeExclusion(lock, servers.clients, 'no-nx', 20);
        expect(outcome.mostHoldersAtOnce).to.be.greaterThan(1);
      });

      it('catches a release that does not check the token: the stale holder deletes the new holder’s lock', async function () {
        const lock = await load(releaseWithoutTokenCheck);
        const outcome = await observeStaleToken(lock, servers.clients[0], 'unchecked-release');
        expect(outcome.staleReleased).to.equal(true);
        expect(outcome.newHolderKept).to.equal(false);
      });
    }
  });
}
