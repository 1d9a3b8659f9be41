/**
 * The generated unique counters against a real valkey-server and a real 3-primary cluster: 10,000 seeded random
 * ids (random 16-hex-digit strings), each added twice in random batches by 4 clients at once, split into three
 * overlapping parts; each part's count, the union count of the parts and the merged count are within 2% of the
 * exact count of a JavaScript Set, and the merged count is at least each part's count. The seeds are fixed, so each
 * run is the same. Shown to fail on a mutant whose PFMERGE takes only the first source.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { mergeOfFirstSourceOnly } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface UniqueCounters {
  add(counter: string, ids: readonly string[]): Promise<boolean>;
  count(counter: string): Promise<number>;
  countUnion(counters: readonly string[]): Promise<number>;
  merge(destination: string, sources: readonly string[]): Promise<number>;
}
interface HyperloglogModule {
  openUniqueCounters(client: AnyGlideClient, name?: string): UniqueCounters;
}

/** mulberry32: 32-bit integer arithmetic, so the ids do not fall into the short cycles of a float LCG. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTS = ['a', 'b', 'c'];

interface Observation {
  readonly exact: { parts: number[]; union: number };
  readonly parts: number[];
  readonly union: number;
  readonly merged: number;
}

async function observe(counters: readonly UniqueCounters[], seed: number): Promise<Observation> {
  const next = random(seed);
  const hex = () => Math.floor(next() * 0x10000).toString(16).padStart(4, '0');
  const ids = new Set<string>();
  while (ids.size < 10_000) ids.add(hex() + hex() + hex() + hex());
  // Part a holds about a half of the ids, b two thirds and c a third; every id is in at least one part.
  const members = PARTS.map(() => new Set<string>());
  for (const id of ids) {
    const chosen = PARTS.map((_, part) => next() < [0.5, 0.67, 0.33][part]);
    if (!chosen.some(Boolean)) chosen[Math.floor(next() * PARTS.length)] = true;
    chosen.forEach((yes, part) => yes && members[part].add(id));
  }
  const batches: [string, string[]][] = [];
  for (const [part, set] of members.entries()) {
    const list = [...set, ...set].sort(() => next() - 0.5);
    for (let start = 0; start < list.length; start += 250) batches.push([PARTS[part], list.slice(start, start + 250)]);
  }
  await Promise.all(batches.map(([part, batch], index) => counters[index % counters.length].add(part, batch)));
  return {
    exact: { parts: members.map((set) => set.size), union: ids.size },
    parts: await Promise.all(PARTS.map((part, index) => counters[index % counters.length].count(part))),
    union: await counters[1].countUnion(PARTS),
    merged: await counters[2].merge('all', PARTS),
  };
}

const within2Percent = (estimate: number, exact: number) => Math.abs(estimate - exact) <= exact * 0.02;

for (const topology of TOPOLOGIES) {
  describe(`hyperloglog property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<HyperloglogModule>[] = [];
    const load = async (name: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<HyperloglogModule>({ id: 'hyperloglog', options: {}, moduleFile: 'hyperloglog.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openUniqueCounters(client, name));
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const seed of [1, 2, 3]) {
      it(`counts 10,000 ids within 2%, parts, union and merge, the merge at least each part (seed ${seed})`, async function () {
        const observed = await observe(await load(`ids-${seed}`), seed);
        observed.parts.forEach((count, part) => expect(within2Percent(count, observed.exact.parts[part]), `part ${PARTS[part]}: ${count} of ${observed.exact.parts[part]}`).to.equal(true));
        expect(within2Percent(observed.union, observed.exact.union), `union ${observed.union}`).to.equal(true);
        expect(within2Percent(observed.merged, observed.exact.union), `merged ${observed.merged}`).to.equal(true);
        for (const count of observed.parts) expect(observed.merged).to.be.at.least(count);
      });
    }

    if (topology === 'standalone') {
      it('catches a merge of the first source only', async function () {
        const observed = await observe(await load('first-only', mergeOfFirstSourceOnly), 1);
        expect(within2Percent(observed.merged, observed.exact.union)).to.equal(false);
        expect(observed.merged).to.be.lessThan(observed.parts[1]);
      });
    }
  });
}
