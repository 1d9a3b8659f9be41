/**
 * The generated daily-active-users module against a real valkey-server and a real 3-primary cluster: 3,000
 * seeded random (user, day) marks over 7 days from 4 clients at once, repeats included; exactly one mark of each
 * (user, day) answers true, BITCOUNT of each day, BITOP AND and OR over random lists of days and GETBIT of
 * random users all equal a JavaScript Set model. Shown to fail on a mutant that counts "every day" with OR.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { everyDayCountedWithOr } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface Activity {
  markActive(userId: number, day: string): Promise<boolean>;
  wasActive(userId: number, day: string): Promise<boolean>;
  countActive(day: string): Promise<number>;
  countActiveOnAll(days: readonly string[]): Promise<number>;
  countActiveOnAny(days: readonly string[]): Promise<number>;
}
interface BitmapsModule {
  openActivity(client: AnyGlideClient, name?: string): Activity;
}

const DAYS = Array.from({ length: 7 }, (_, index) => `2026-12-0${index + 1}`);

function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

interface Observation {
  readonly expected: Record<string, unknown>;
  readonly observed: Record<string, unknown>;
}

async function observe(trackers: readonly Activity[], seed: number): Promise<Observation> {
  const next = random(seed);
  // Ids up to 100,000, a few users active on most days: each day picks from a popular 300 or from everyone.
  const marks = Array.from({ length: 3000 }, () => [next() < 0.6 ? Math.floor(next() * 300) : Math.floor(next() * 100_000), DAYS[Math.floor(next() * DAYS.length)]] as const);
  const model = new Map(DAYS.map((day) => [day, new Set<number>()]));
  const expectedNew = marks.map(([user, day]) => {
    const set = model.get(day) as Set<number>;
    const fresh = !set.has(user);
    set.add(user);
    return fresh;
  });
  // Concurrent marks race for which one is first, so their answers are checked in total: one true per (user, day).
  const answers = await Promise.all(marks.map(([user, day], index) => trackers[index % trackers.length].markActive(user, day)));
  const lists = Array.from({ length: 12 }, () => DAYS.filter(() => next() < 0.5)).concat([[DAYS[0]], DAYS]);
  const probes = Array.from({ length: 200 }, () => [next() < 0.5 ? Math.floor(next() * 300) : Math.floor(next() * 100_000), DAYS[Math.floor(next() * DAYS.length)]] as const);
  const all = (days: readonly string[]) => (days.length === 0 ? 0 : [...(model.get(days[0]) as Set<number>)].filter((user) => days.every((day) => model.get(day)?.has(user))).length);
  const any = (days: readonly string[]) => new Set(days.flatMap((day) => [...(model.get(day) as Set<number>)])).size;
  return {
    expected: {
      newMarks: expectedNew.filter(Boolean).length,
      perDay: DAYS.map((day) => model.get(day)?.size),
      onAll: lists.map(all),
      onAny: lists.map(any),
      probes: probes.map(([user, day]) => model.get(day)?.has(user)),
    },
    observed: {
      newMarks: answers.filter(Boolean).length,
      perDay: await Promise.all(DAYS.map((day, index) => trackers[index % trackers.length].countActive(day))),
      onAll: await Promise.all(lists.map((days, index) => trackers[index % trackers.length].countActiveOnAll(days))),
      onAny: await Promise.all(lists.map((days, index) => trackers[index % trackers.length].countActiveOnAny(days))),
      probes: await Promise.all(probes.map(([user, day], index) => trackers[index % trackers.length].wasActive(user, day))),
    },
  };
}

for (const topology of TOPOLOGIES) {
  describe(`bitmaps property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<BitmapsModule>[] = [];
    const load = async (name: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<BitmapsModule>({ id: 'bitmaps', options: {}, moduleFile: 'bitmaps.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openActivity(client, name));
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const seed of [1, 2, 3]) {
      it(`counts per day, on every day and on any day equal a Set model (seed ${seed})`, async function () {
        const { expected, observed } = await observe(await load(`activity-${seed}`), seed);
        expect(observed).to.deep.equal(expected);
      });
    }

    it('refuses user ids a bitmap cannot hold', async function () {
      const [tracker] = await load('refused');
      for (const userId of [-1, 1.5, 4294967296]) {
        const error = await tracker.markActive(userId, DAYS[0]).then(() => undefined, (caught: unknown) => caught);
        expect(error, String(userId)).to.be.instanceOf(RangeError);
      }
    });

    if (topology === 'standalone') {
      it('catches "every day" counted with OR', async function () {
        const { expected, observed } = await observe(await load('or', everyDayCountedWithOr), 1);
        expect(observed.onAll).to.not.deep.equal(expected.onAll);
      });
    }
  });
}
