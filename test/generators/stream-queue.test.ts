/**
 * The generated stream queue against a real valkey-server and a real 3-primary cluster: with 200 jobs, 4 live
 * consumers and 2 that take a job each and die before XACK, every job is acknowledged exactly once and handled
 * exactly once by the live consumers (so the dead ones' jobs are processed again exactly once), and nothing is
 * left pending or in the stream; a consumer whose job was claimed by another after the idle time cannot
 * acknowledge it again. Shown to fail on mutants: an ack without XACK (jobs stay pending and are claimed again)
 * and a queue that never claims (the dead consumers' jobs are never completed).
 */
import { expect } from 'chai';
import { loadGeneratedModule, pause, type LoadedModule, type Mutation } from './generated-module.js';
import { ackWithoutXack, queueWithoutClaiming } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface Job {
  readonly id: string;
  readonly payload: string;
}
interface StreamQueue {
  ensureGroup(): Promise<boolean>;
  enqueue(payload: string): Promise<string>;
  take(consumer: string, count?: number, blockMs?: number): Promise<Job[]>;
  claimStale(consumer: string): Promise<Job | null>;
  ack(job: Job): Promise<boolean>;
  processNext(consumer: string, handle: (payload: string, id: string) => Promise<void>): Promise<'completed' | 'expired' | 'empty'>;
}
interface StreamQueueModule {
  openStreamQueue(client: AnyGlideClient, name?: string, settings?: { group?: string; claimIdleMs?: number }): StreamQueue;
}

const JOBS = 200;
// Long enough that a live consumer, on a busy machine, acknowledges its job before anyone may claim it.
const CLAIM_IDLE_MS = 1000;

interface DeliveryOutcome {
  readonly ids: readonly string[];
  readonly abandoned: readonly Job[];
  readonly handled: ReadonlyMap<string, number>;
  readonly completed: ReadonlyMap<string, number>;
}

/** Enqueues JOBS jobs, lets 2 consumers take one each and die, and runs 4 consumers until all are completed (or `ms`). */
async function deliverWithDyingConsumers(queues: readonly StreamQueue[], ms: number): Promise<DeliveryOutcome> {
  await Promise.all(queues.map((queue) => queue.ensureGroup()));
  const ids = await Promise.all(Array.from({ length: JOBS }, (_, index) => queues[index % queues.length].enqueue(`job ${index}`)));
  const abandoned = (await Promise.all(queues.slice(0, 2).map((queue, index) => queue.take(`died-${index}`)))).flat();
  expect(abandoned).to.have.length(2);
  const handled = new Map<string, number>();
  const completed = new Map<string, number>();
  const deadline = Date.now() + ms;
  await Promise.all(
    queues.map(async (queue, index) => {
      while (completed.size < JOBS && Date.now() < deadline) {
        let current = '';
        const outcome = await queue.processNext(`live-${index}`, async (_payload, id) => {
          current = id;
          handled.set(id, (handled.get(id) ?? 0) + 1);
        });
        if (outcome === 'completed') completed.set(current, (completed.get(current) ?? 0) + 1);
        else if (outcome === 'empty') await pause(10);
      }
    }),
  );
  return { ids, abandoned, handled, completed };
}

const exactlyOnce = (ids: readonly string[], counts: ReadonlyMap<string, number>) => counts.size === ids.length && ids.every((id) => counts.get(id) === 1);

for (const topology of TOPOLOGIES) {
  describe(`stream-queue property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<StreamQueueModule>[] = [];
    /** The queue `name` opened on each client. */
    const load = async (name: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<StreamQueueModule>({ id: 'stream-queue', options: { claimIdleMs: CLAIM_IDLE_MS }, moduleFile: 'stream-queue.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openStreamQueue(client, name));
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('acknowledges every one of 200 jobs exactly once and reprocesses the jobs of 2 consumers that died mid-job exactly once', async function () {
      const outcome = await deliverWithDyingConsumers(await load('property'), 20_000);
      expect(exactlyOnce(outcome.ids, outcome.completed), `${outcome.completed.size} completed`).to.equal(true);
      expect(exactlyOnce(outcome.ids, outcome.handled), `${outcome.handled.size} handled`).to.equal(true);
      for (const job of outcome.abandoned) expect(outcome.handled.get(job.id), job.id).to.equal(1);
      expect((await servers.clients[0].xpending('property', 'workers'))[0]).to.equal(0);
      expect(await servers.clients[0].xlen('property')).to.equal(0);
    });

    it('does not let a consumer whose job was claimed after the idle time acknowledge it again', async function () {
      const [slow, other] = await load('claimed');
      await slow.ensureGroup();
      const id = await slow.enqueue('slow job');
      const [first] = await slow.take('slow');
      expect(await other.claimStale('other')).to.equal(null);
      await pause(CLAIM_IDLE_MS + 100);
      const second = await other.claimStale('other');
      expect([first?.id, second?.id]).to.deep.equal([id, id]);
      expect(await other.ack(second as Job)).to.equal(true);
      expect(await slow.ack(first)).to.equal(false);
    });

    if (topology === 'standalone') {
      it('catches an ack without XACK: jobs stay pending and are claimed and handled again', async function () {
        const queues = await load('no-xack', ackWithoutXack);
        const outcome = await deliverWithDyingConsumers(queues, 2_000);
        expect((await servers.clients[0].xpending('no-xack', 'workers'))[0]).to.be.greaterThan(0);
        await pause(CLAIM_IDLE_MS + 100);
        const again = await queues[3].claimStale('late');
        expect(again !== null && outcome.completed.has(again.id), 'a completed job is claimed again').to.equal(true);
      });

      it('catches a queue that never claims: the jobs of the consumers that died are never completed', async function () {
        const outcome = await deliverWithDyingConsumers(await load('no-claim', queueWithoutClaiming), 3_000);
        expect(outcome.completed.size).to.equal(JOBS - 2);
        for (const job of outcome.abandoned) expect(outcome.completed.has(job.id)).to.equal(false);
      });
    }
  });
}
