/**
 * The generated reliable queue against a real valkey-server and a real 3-primary cluster: with 200 jobs, 4 live
 * consumers and 2 that die holding a job, every job is handled and completed exactly once and the queue is left
 * empty; a consumer whose lease ran out cannot complete the job another consumer holds now. Shown to fail on
 * mutants: a claim that records no lease (the dead consumers' jobs are never completed) and a completion that
 * does not check the lease token.
 */
import { expect } from 'chai';
import { loadGeneratedModule, pause, type LoadedModule, type Mutation } from './generated-module.js';
import { claimWithoutLease, completeWithoutLeaseCheck } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface Job {
  readonly id: string;
  readonly payload: string;
  readonly token: string;
}
interface Queue {
  enqueue(payload: string): Promise<string>;
  claim(leaseMs?: number): Promise<Job | null>;
  complete(job: Job): Promise<boolean>;
  requeueStale(): Promise<number>;
  processNext(handle: (payload: string, id: string) => Promise<void>): Promise<'completed' | 'expired' | 'empty'>;
}
interface QueueModule {
  openQueue(client: AnyGlideClient, name?: string): Queue;
}

const JOBS = 200;
const DEAD_LEASE_MS = 300;

interface DeliveryOutcome {
  readonly ids: readonly string[];
  readonly handled: ReadonlyMap<string, number>;
  readonly completed: ReadonlyMap<string, number>;
}

/** Enqueues JOBS jobs, lets 2 consumers die holding one each, and runs 4 consumers until all are completed (or `ms`). */
async function deliverWithDyingConsumers(queues: readonly Queue[], ms: number): Promise<DeliveryOutcome> {
  const ids = await Promise.all(Array.from({ length: JOBS }, (_, index) => queues[index % queues.length].enqueue(`job ${index}`)));
  for (const queue of queues.slice(0, 2)) expect(await queue.claim(DEAD_LEASE_MS)).to.not.equal(null);
  const handled = new Map<string, number>();
  const completed = new Map<string, number>();
  const deadline = Date.now() + ms;
  await Promise.all(
    queues.map(async (queue) => {
      while (completed.size < JOBS && Date.now() < deadline) {
        let current = '';
        const outcome = await queue.processNext(async (_payload, id) => {
          current = id;
          handled.set(id, (handled.get(id) ?? 0) + 1);
        });
        if (outcome === 'completed') completed.set(current, (completed.get(current) ?? 0) + 1);
        else if (outcome === 'empty') await pause(10);
      }
    }),
  );
  return { ids, handled, completed };
}

const exactlyOnce = (ids: readonly string[], counts: ReadonlyMap<string, number>) => counts.size === ids.length && ids.every((id) => counts.get(id) === 1);

for (const topology of TOPOLOGIES) {
  describe(`reliable-queue property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<QueueModule>[] = [];
    /** The queue `name` opened on each client. */
    const load = async (name: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<QueueModule>({ id: 'reliable-queue', options: { leaseMs: 5000 }, moduleFile: 'queue.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openQueue(client, name));
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('handles and completes every one of 200 jobs exactly once although 2 consumers die holding one, and leaves nothing behind', async function () {
      const outcome = await deliverWithDyingConsumers(await load('property'), 20_000);
      expect(exactlyOnce(outcome.ids, outcome.handled), `${outcome.handled.size} handled`).to.equal(true);
      expect(exactlyOnce(outcome.ids, outcome.completed), `${outcome.completed.size} completed`).to.equal(true);
      const keys = ['pending', 'processing', 'leases', 'payloads', 'owners'].map((name) => `{property}:${name}`);
      for (const key of keys) expect(await servers.clients[0].exists([key]), key).to.equal(0);
    });

    it('does not let a consumer whose lease ran out complete the job another consumer holds now', async function () {
      const [slow, other] = await load('stale');
      const id = await slow.enqueue('slow job');
      const first = await slow.claim(100);
      await pause(250);
      expect(await other.requeueStale()).to.equal(1);
      const second = await other.claim();
      expect([first?.id, second?.id]).to.deep.equal([id, id]);
      expect(await slow.complete(first as Job)).to.equal(false);
      expect(await other.complete(second as Job)).to.equal(true);
    });

    if (topology === 'standalone') {
      it('catches a claim that records no lease: the jobs of the consumers that died are never completed', async function () {
        const outcome = await deliverWithDyingConsumers(await load('no-lease', claimWithoutLease), 2_000);
        expect(outcome.completed.size).to.equal(JOBS - 2);
      });

      it('catches a completion that does not check the lease: the stale consumer completes', async function () {
        const [slow, other] = await load('unchecked', completeWithoutLeaseCheck);
        await slow.enqueue('slow job');
        const first = await slow.claim(100);
        await pause(250);
        await other.requeueStale();
        await other.claim();
        expect(await slow.complete(first as Job)).to.equal(true);
      });
    }
  });
}
