/**
 * The generated leaderboard against a real valkey-server and a real 3-primary cluster: 600 concurrent updates
 * (seeded, with ties and negative points) from 4 clients to 30 players add up exactly; the pages list every player
 * once in Valkey's order (score descending, then name descending); rankOf agrees with the pages. Shown to fail on
 * mutants: pages that start one page too late and 0-based ranks.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { pagesOneTooLate, zeroBasedRanks } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface Standing {
  readonly player: string;
  readonly score: number;
  readonly rank: number;
}
interface Board {
  addPoints(player: string, points: number): Promise<number>;
  rankOf(player: string): Promise<number | null>;
  page(pageNumber: number, pageSize?: number): Promise<Standing[]>;
  playerCount(): Promise<number>;
}
interface LeaderboardModule {
  openLeaderboard(client: AnyGlideClient, name?: string): Board;
}

const PLAYERS = Array.from({ length: 30 }, (_, index) => `p${String(index).padStart(2, '0')}`);

/** A deterministic list of (player, points) updates: small point values, so scores tie often. */
function updates(seed: number, count: number): [string, number][] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => [PLAYERS[Math.floor(next() * PLAYERS.length)], Math.floor(next() * 7) - 2]);
}

interface Observation {
  readonly expected: readonly { player: string; score: number }[];
  readonly paged: readonly Standing[];
  readonly ranks: ReadonlyMap<string, number | null>;
}

async function observe(boards: readonly Board[], seed: number): Promise<Observation> {
  const applied = updates(seed, 600);
  await Promise.all(applied.map(([player, points], index) => boards[index % boards.length].addPoints(player, points)));
  const totals = new Map<string, number>();
  for (const [player, points] of applied) totals.set(player, (totals.get(player) ?? 0) + points);
  const expected = [...totals].map(([player, score]) => ({ player, score })).sort((a, b) => b.score - a.score || (a.player < b.player ? 1 : -1));
  const paged: Standing[] = [];
  for (let page = 1; page <= Math.ceil(expected.length / 7) + 1; page += 1) paged.push(...(await boards[0].page(page, 7)));
  const ranks = new Map(await Promise.all(expected.map(async ({ player }) => [player, await boards[1].rankOf(player)] as const)));
  return { expected, paged, ranks };
}

for (const topology of TOPOLOGIES) {
  describe(`leaderboard property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<LeaderboardModule>[] = [];
    const load = async (name: string, mutate?: Mutation) => {
      const module = await loadGeneratedModule<LeaderboardModule>({ id: 'leaderboard', options: {}, moduleFile: 'leaderboard.js', topology, mutate });
      loaded.push(module);
      return servers.clients.map((client) => module.module.openLeaderboard(client, name));
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const seed of [1, 2, 3]) {
      it(`adds up 600 concurrent updates, pages in Valkey's order and ranks that agree (seed ${seed})`, async function () {
        const { expected, paged, ranks } = await observe(await load(`board-${seed}`), seed);
        expect(paged.map(({ player, score }) => ({ player, score }))).to.deep.equal(expected);
        expect(paged.map((standing) => standing.rank)).to.deep.equal(expected.map((_, index) => index + 1));
        for (const standing of paged) expect(ranks.get(standing.player), standing.player).to.equal(standing.rank);
      });
    }

    if (topology === 'standalone') {
      it('catches pages that start one page too late', async function () {
        const { expected, paged } = await observe(await load('late-pages', pagesOneTooLate), 1);
        expect(paged.length).to.be.lessThan(expected.length);
      });

      it('catches 0-based ranks', async function () {
        const { paged, ranks } = await observe(await load('zero-ranks', zeroBasedRanks), 1);
        expect(ranks.get(paged[0].player)).to.equal(0);
      });
    }
  });
}
