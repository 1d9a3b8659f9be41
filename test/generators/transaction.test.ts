/**
 * The generated optimistic transaction against a real valkey-server and a real 3-primary cluster: concurrent
 * read-modify-write increments from several clients, and from many callers of one client, lose no update; a
 * change that throws changes nothing. Shown to fail on mutants: without WATCH (updates from other clients are
 * lost) and without the one-transaction-at-a-time queue (callers of one client clear each other's WATCH).
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { transactionsInterleavedOnOneClient, transactionWithoutWatch } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface TransactionModule {
  updateAtomically(client: AnyGlideClient, key: string, change: (current: string | null) => string): Promise<string>;
}

const increment = (current: string | null) => String(Number(current ?? '0') + 1);

/** The counter after `perClient` concurrent increments through each client, or the first error. */
async function counterAfterIncrements(transaction: TransactionModule, clients: readonly AnyGlideClient[], key: string, perClient: number): Promise<number> {
  await Promise.all(clients.flatMap((client) => Array.from({ length: perClient }, () => transaction.updateAtomically(client, key, increment))));
  return Number(await clients[0].get(key));
}

for (const topology of TOPOLOGIES) {
  describe(`transaction property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<TransactionModule>[] = [];
    const load = async (mutate?: Mutation) => {
      const module = await loadGeneratedModule<TransactionModule>({ id: 'transaction', options: { maxAttempts: 1000, retryDelayMs: 1 }, moduleFile: 'transaction.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => (servers = await startServersUnderTest(topology, 5)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('loses no increment of 5 clients x 10 concurrent callers, round after round', async function () {
      const transaction = await load();
      for (let round = 1; round <= 3; round += 1) expect(await counterAfterIncrements(transaction, servers.clients, 'counter', 10)).to.equal(round * 50);
    });

    it('loses no increment of 50 concurrent callers of one client', async function () {
      const transaction = await load();
      expect(await counterAfterIncrements(transaction, servers.clients.slice(0, 1), 'one-client', 50)).to.equal(50);
    });

    it('leaves the key as it was when the change throws', async function () {
      const transaction = await load();
      await transaction.updateAtomically(servers.clients[0], 'refused', () => 'before');
      const refusal = transaction.updateAtomically(servers.clients[0], 'refused', () => {
        throw new Error('refused');
      });
      await refusal.then(
        () => expect.fail('the change threw, the update must fail'),
        (error: Error) => expect(error.message).to.equal('refused'),
      );
      expect(await servers.clients[1].get('refused')).to.equal('before');
    });

    if (topology === 'standalone') {
      it('catches a transaction without WATCH: increments from other clients are lost', async function () {
        const transaction = await load(transactionWithoutWatch);
        expect(await counterAfterIncrements(transaction, servers.clients, 'no-watch', 10)).to.be.lessThan(50);
      });

      it('catches transactions interleaved on one client: callers clear each other’s WATCH', async function () {
        const transaction = await load(transactionsInterleavedOnOneClient);
        expect(await counterAfterIncrements(transaction, servers.clients.slice(0, 1), 'interleaved', 50)).to.be.lessThan(50);
      });
    }
  });
}
