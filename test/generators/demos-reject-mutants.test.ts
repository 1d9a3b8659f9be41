/**
 * A demo "exits 0 only when the pattern's promise held": each generator's demo, run against a real server with a
 * broken variant of its module beside it, exits 1 and prints the check that failed.
 */
import { expect } from 'chai';
import { runNodeProgram } from '../helpers/run-node-program.js';
import { startValkeyCluster, type ValkeyCluster } from '../helpers/valkey-cluster.js';
import { startValkeyServer, type ValkeyServer } from '../helpers/valkey-server.js';
import { writeGeneratedProject, type Mutation } from './generated-module.js';
import {
  ackWithoutXack,
  appendWithoutTrimming,
  cacheStoreWithoutExpiry,
  chunkRepliesReversed,
  chunksOneTooLarge,
  queueWithoutClaiming,
  claimWithoutLease,
  closeWithoutWaiting,
  everyDayCountedWithOr,
  fixedWindowOneTooFew,
  intersectionAsUnion,
  jsonCheckThatNeverFails,
  keyCountOfOneNode,
  loadingLockWithoutNx,
  pagesOneTooLate,
  pluginWithoutOnClose,
  radiusInMiles,
  lockWithoutNx,
  mergeOfFirstSourceOnly,
  releaseWithoutTokenCheck,
  slidingWindowOneTooMany,
  slotRouteToRandomNode,
  subscribeWithBareString,
  transactionsInterleavedOnOneClient,
  transactionWithoutWatch,
} from './mutants.js';

interface DemoMutant {
  readonly title: string;
  readonly id: string;
  readonly options: Record<string, unknown>;
  readonly moduleFile: string;
  readonly mutate: Mutation;
  /** The check the demo must report as failed. */
  readonly failedCheck: string;
}

const MUTANTS: readonly DemoMutant[] = [
  { title: 'a lock without NX', id: 'distributed-lock', options: {}, moduleFile: 'lock.js', mutate: lockWithoutNx, failedCheck: 'FAIL exactly one of 20 concurrent contenders holds the lock' },
  { title: 'a release without token check', id: 'distributed-lock', options: {}, moduleFile: 'lock.js', mutate: releaseWithoutTokenCheck, failedCheck: 'FAIL another token cannot release it' },
  { title: 'a fixed window one too few', id: 'rate-limiter', options: { windowMs: 200 }, moduleFile: 'rate-limiter.js', mutate: fixedWindowOneTooFew, failedCheck: 'FAIL exactly LIMIT concurrent callers are admitted' },
  { title: 'a sliding window one too many', id: 'rate-limiter', options: { algorithm: 'sliding-window', windowMs: 200 }, moduleFile: 'rate-limiter.js', mutate: slidingWindowOneTooMany, failedCheck: 'FAIL exactly LIMIT concurrent callers are admitted' },
  { title: 'a cache without expiry', id: 'cache-aside', options: {}, moduleFile: 'cache.js', mutate: cacheStoreWithoutExpiry, failedCheck: 'FAIL after the TTL the value is loaded again' },
  { title: 'a loading lock without NX', id: 'cache-aside', options: { stampedeProtection: true }, moduleFile: 'cache.js', mutate: loadingLockWithoutNx, failedCheck: 'FAIL 20 concurrent misses load the value once' },
  { title: 'a transaction without WATCH', id: 'transaction', options: {}, moduleFile: 'transaction.js', mutate: transactionWithoutWatch, failedCheck: 'FAIL no increment of 100 concurrent ones was lost' },
  { title: 'transactions interleaved on one client', id: 'transaction', options: {}, moduleFile: 'transaction.js', mutate: transactionsInterleavedOnOneClient, failedCheck: 'FAIL no increment of 100 concurrent ones was lost' },
  { title: 'a subscription with a bare string', id: 'pubsub', options: {}, moduleFile: 'subscriber.js', mutate: subscribeWithBareString, failedCheck: 'FAIL every message published after the subscription arrived, in order' },
  { title: 'a claim that records no lease', id: 'reliable-queue', options: {}, moduleFile: 'queue.js', mutate: claimWithoutLease, failedCheck: 'FAIL the job of the consumer that died was completed by another' },
  { title: 'pages one page too late', id: 'leaderboard', options: {}, moduleFile: 'leaderboard.js', mutate: pagesOneTooLate, failedCheck: 'FAIL pages of PAGE_SIZE list every player once, highest score first' },
  { title: 'a radius searched in miles', id: 'geo', options: {}, moduleFile: 'geo.js', mutate: radiusInMiles, failedCheck: 'FAIL every place within 200 km is found and none outside' },
  { title: '"every day" counted with OR', id: 'bitmaps', options: {}, moduleFile: 'bitmaps.js', mutate: everyDayCountedWithOr, failedCheck: 'FAIL BITOP AND counts the users active on every day' },
  { title: 'a merge of the first source only', id: 'hyperloglog', options: {}, moduleFile: 'hyperloglog.js', mutate: mergeOfFirstSourceOnly, failedCheck: 'FAIL the merged week counts 10,000 visitors within 2%' },
  { title: 'XADD without trimming', id: 'streams', options: {}, moduleFile: 'streams.js', mutate: appendWithoutTrimming, failedCheck: 'FAIL the trimmed stream never exceeded its bound' },
  { title: 'an ack without XACK', id: 'stream-queue', options: {}, moduleFile: 'stream-queue.js', mutate: ackWithoutXack, failedCheck: 'FAIL no job is left pending' },
  { title: 'a queue that never claims', id: 'stream-queue', options: {}, moduleFile: 'stream-queue.js', mutate: queueWithoutClaiming, failedCheck: 'FAIL the job of the consumer that died was completed by another' },
  { title: 'chunks one command too large', id: 'pipeline', options: {}, moduleFile: 'pipeline.js', mutate: chunksOneTooLarge, failedCheck: 'FAIL no exec sent more than CHUNK_SIZE commands' },
  { title: 'chunk replies out of order', id: 'pipeline', options: {}, moduleFile: 'pipeline.js', mutate: chunkRepliesReversed, failedCheck: 'FAIL every value was read back in input order' },
  { title: 'a plugin without its onClose hook', id: 'fastify-plugin', options: {}, moduleFile: 'valkey-plugin.js', mutate: pluginWithoutOnClose, failedCheck: 'FAIL closing the app closes the client (onClose)' },
  { title: 'an intersection answered with SUNION', id: 'sets', options: {}, moduleFile: 'sets.js', mutate: intersectionAsUnion, failedCheck: 'FAIL SINTER answers the articles carrying fizz and buzz' },
];

describe('generated demos reject broken patterns', function () {
  this.timeout(180_000);
  let server: ValkeyServer;
  before(async () => (server = await startValkeyServer()));
  after(async () => server?.stop());

  for (const mutant of MUTANTS) {
    it(`${mutant.id}: exits 1 with ${mutant.title}`, async function () {
      const project = writeGeneratedProject(mutant);
      try {
        const run = await runNodeProgram('demo.js', { cwd: project.directory, env: { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) }, timeoutMs: 30_000 });
        expect(run.exitCode, `${run.stdout}\n${run.stderr}`).to.equal(1);
        expect(run.stdout).to.include(mutant.failedCheck);
      } finally {
        project.remove();
      }
    });
  }

  it('client: exits 1 when the close does not wait for the writes in flight', async function () {
    const project = writeGeneratedProject({ id: 'client', options: {}, moduleFile: 'client.js', mutate: closeWithoutWaiting });
    try {
      const run = await runNodeProgram('demo.js', { cwd: project.directory, env: { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) }, timeoutMs: 30_000 });
      expect(run.exitCode, `${run.stdout}\n${run.stderr}`).to.equal(1);
      expect(run.stdout).to.include('writes were lost');
    } finally {
      project.remove();
    }
  });

  it('json: exits 1, not 3, when the start-up check never fails (the first JSON command fails instead)', async function () {
    const project = writeGeneratedProject({ id: 'json', options: {}, moduleFile: 'documents.js', mutate: jsonCheckThatNeverFails });
    try {
      const run = await runNodeProgram('demo.js', { cwd: project.directory, env: { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) }, timeoutMs: 30_000 });
      expect(run.exitCode, `${run.stdout}\n${run.stderr}`).to.equal(1);
      expect(run.stderr).to.include("unknown command 'JSON.SET'").and.not.include('valkey-json');
    } finally {
      project.remove();
    }
  });
});

/** The cluster-only demos, each against a real 3-primary cluster with a broken variant of its module. */
const CLUSTER_MUTANTS: readonly DemoMutant[] = [
  {
    title: 'the slot route sent to a random node',
    id: 'cluster-client',
    options: {},
    moduleFile: 'routing.js',
    mutate: slotRouteToRandomNode,
    failedCheck: "FAIL COUNTKEYSINSLOT routed by key reaches the primary owning each key's slot",
  },
  { title: 'DBSIZE of one node', id: 'cluster-client', options: {}, moduleFile: 'routing.js', mutate: keyCountOfOneNode, failedCheck: 'FAIL the summed DBSIZE of all primaries counts every key written across slots' },
];

describe('generated cluster demos reject broken patterns', function () {
  this.timeout(180_000);
  let cluster: ValkeyCluster;
  before(async () => (cluster = await startValkeyCluster()));
  after(async () => cluster?.stop());

  for (const mutant of CLUSTER_MUTANTS) {
    it(`${mutant.id}: exits 1 with ${mutant.title}`, async function () {
      const project = writeGeneratedProject({ ...mutant, topology: 'cluster' });
      try {
        const run = await runNodeProgram('demo.js', { cwd: project.directory, env: { VALKEY_CLUSTER_NODES: cluster.nodeList }, timeoutMs: 30_000 });
        expect(run.exitCode, `${run.stdout}\n${run.stderr}`).to.equal(1);
        expect(run.stdout).to.include(mutant.failedCheck);
      } finally {
        project.remove();
      }
    });
  }
});
