/**
 * The generated rate limiters against a real valkey-server and a real 3-primary cluster: under 50 concurrent
 * callers (on 4 connections) each window admits exactly LIMIT, window after window, for both algorithms. Shown to
 * fail on mutants: a fixed window that compares with `<` and a sliding-window script that admits one more than
 * the limit.
 */
import { expect } from 'chai';
import { loadGeneratedModule, pause, type LoadedModule, type Mutation } from './generated-module.js';
import { fixedWindowOneTooFew, slidingWindowOneTooMany } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface LimiterModule {
  readonly LIMIT: number;
  readonly WINDOW_MS: number;
  tryHit(client: AnyGlideClient, subject: string): Promise<boolean>;
}

const LIMIT = 7;
// Long enough that a burst of 50 calls lands inside one window on a busy machine.
const WINDOW_MS = 1000;

/** How many of `callers` concurrent hits each of `windows` consecutive windows admitted. */
async function admittedPerWindow(limiter: LimiterModule, clients: readonly AnyGlideClient[], subject: string, callers: number, windows: number): Promise<number[]> {
  const counts: number[] = [];
  for (let window = 0; window < windows; window += 1) {
    const answers = await Promise.all(Array.from({ length: callers }, (_, index) => limiter.tryHit(clients[index % clients.length], subject)));
    counts.push(answers.filter(Boolean).length);
    await pause(limiter.WINDOW_MS + 50);
  }
  return counts;
}

for (const topology of TOPOLOGIES) {
  describe(`rate-limiter property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<LimiterModule>[] = [];
    const load = async (algorithm: string, mutate?: Mutation) => {
      const options = { algorithm, limit: LIMIT, windowMs: WINDOW_MS };
      const module = await loadGeneratedModule<LimiterModule>({ id: 'rate-limiter', options, moduleFile: 'rate-limiter.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    for (const algorithm of ['fixed-window', 'sliding-window']) {
      it(`${algorithm}: admits exactly LIMIT of 50 concurrent callers in each of 3 windows`, async function () {
        const limiter = await load(algorithm);
        expect(limiter.LIMIT).to.equal(LIMIT);
        expect(await admittedPerWindow(limiter, servers.clients, `${algorithm}-subject`, 50, 3)).to.deep.equal([LIMIT, LIMIT, LIMIT]);
      });
    }

    it('keeps subjects apart: one subject at its limit does not limit another', async function () {
      const limiter = await load('fixed-window');
      await Promise.all(Array.from({ length: 20 }, () => limiter.tryHit(servers.clients[0], 'busy')));
      expect(await limiter.tryHit(servers.clients[1], 'quiet')).to.equal(true);
    });

    if (topology === 'standalone') {
      it('catches a fixed window that admits one too few (`<` for `<=`)', async function () {
        const limiter = await load('fixed-window', fixedWindowOneTooFew);
        expect(await admittedPerWindow(limiter, servers.clients, 'mutant-fixed', 50, 1)).to.deep.equal([LIMIT - 1]);
      });

      it('catches a sliding-window script that admits one more than the limit', async function () {
        const limiter = await load('sliding-window', slidingWindowOneTooMany);
        expect(await admittedPerWindow(limiter, servers.clients, 'mutant-sliding', 50, 1)).to.deep.equal([LIMIT + 1]);
      });
    }
  });
}
