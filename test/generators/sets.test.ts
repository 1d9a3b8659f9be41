/**
 * The generated tags against a real valkey-server and a real 3-primary cluster: 20 rounds of seeded random
 * operations (tag and untag of random items under 6 tags) from 4 clients; the operations of one round touch distinct
 * (tag, item) pairs and run at once, so the rounds have one answer. After each round the counts tag and untag
 * answered, every tag's items, SISMEMBER probes and SINTER of random lists of tags equal a JavaScript Set model.
 * Shown to fail on a mutant that answers the intersection with SUNION.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { intersectionAsUnion } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface Tags {
  tag(tag: string, items: readonly string[]): Promise<number>;
  untag(tag: string, items: readonly string[]): Promise<number>;
  isTagged(tag: string, item: string): Promise<boolean>;
  itemsTagged(tag: string): Promise<string[]>;
  itemsTaggedWithAll(tags: readonly string[]): Promise<string[]>;
}
interface SetsModule {
  openTags(client: AnyGlideClient, name?: string): Tags;
}

/** mulberry32. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = ['red', 'green', 'blue', 'new', 'sale', 'tag with spaces'];
const ITEMS = Array.from({ length: 40 }, (_, index) => `item-${String(index).padStart(2, '0')}`);

interface Round {
  readonly expected: Record<string, unknown>;
  readonly observed: Record<string, unknown>;
}

async function observe(tags: readonly Tags[], seed: number): Promise<Round[]> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const model = new Map(TAGS.map((tag) => [tag, new Set<string>()]));
  const rounds: Round[] = [];
  for (let round = 0; round < 20; round += 1) {
    // Up to 30 operations on distinct (tag, item) pairs, each of one item, adds more likely early on.
    const pairs = new Map<string, [string, string, boolean]>();
    for (let index = 0; index < 30; index += 1) {
      const [tag, item] = [pick(TAGS), pick(ITEMS)];
      pairs.set(`${tag}\n${item}`, [tag, item, next() < (round < 10 ? 0.75 : 0.4)]);
    }
    const operations = [...pairs.values()];
    const expectedAnswers = operations.map(([tag, item, add]) => {
      const set = model.get(tag) as Set<string>;
      const changed = add ? !set.has(item) : set.has(item);
      if (add) set.add(item);
      else set.delete(item);
      return changed ? 1 : 0;
    });
    const answers = await Promise.all(operations.map(([tag, item, add], index) => (add ? tags[index % tags.length].tag(tag, [item]) : tags[index % tags.length].untag(tag, [item]))));
    const lists = Array.from({ length: 4 }, () => TAGS.filter(() => next() < 0.4));
    const probes = Array.from({ length: 20 }, () => [pick(TAGS), pick(ITEMS)] as const);
    const intersection = (list: readonly string[]) => (list.length === 0 ? [] : ITEMS.filter((item) => list.every((tag) => model.get(tag)?.has(item))));
    rounds.push({
      expected: {
        answers: expectedAnswers,
        members: TAGS.map((tag) => [...(model.get(tag) as Set<string>)].sort()),
        probes: probes.map(([tag, item]) => model.get(tag)?.has(item)),
        intersections: lists.map(intersection),
      },
      observed: {
        answers,
        members: await Promise.all(TAGS.map((tag, index) => tags[index % tags.length].itemsTagged(tag))),
        probes: await Promise.all(probes.map(([tag, item], index) => tags[index % tags.length].isTagged(tag, item))),
        intersections: await Promise.all(lists.map((list, index) => tags[index % tags.length].itemsTaggedWithAll(list))),
      },
    });
  }
  return rounds;
}

for (const topology of TOPOLOGIES) {
  describe(`sets property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<SetsModule>[] = [];
    const load = async (name: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<SetsModule>({ id: 'sets', options: {}, moduleFile: 'sets.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openTags(client, name));
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const seed of [1, 2, 3]) {
      it(`tag, untag, members, SISMEMBER and SINTER match a Set model over 20 rounds (seed ${seed})`, async function () {
        const rounds = await observe(await load(`tags-${seed}`), seed);
        rounds.forEach((round, index) => expect(round.observed, `round ${index}`).to.deep.equal(round.expected));
        // The intersections were not all trivial.
        expect(rounds.some((round) => (round.expected.intersections as string[][]).some((items) => items.length > 0 && items.length < ITEMS.length))).to.equal(true);
      });
    }

    if (topology === 'standalone') {
      it('catches an intersection answered with SUNION', async function () {
        const rounds = await observe(await load('union', intersectionAsUnion), 1);
        expect(rounds.some((round) => JSON.stringify(round.observed.intersections) !== JSON.stringify(round.expected.intersections))).to.equal(true);
      });
    }
  });
}
