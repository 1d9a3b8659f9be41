/**
 * The generated rate limiters against a real valkey-server: under 50 concurrent callers (on 4 connections) each
 * window admits exactly LIMIT, window after window, for both algorithms. Shown to fail on mutants: a fixed window
 * that compares with `<` and a sliding-window script that admits one more than the limit.
 */
import { expect } from 'chai';
import type { GlideClient } from '@valkey/valkey-glide';
import { startValkeyServer, type ValkeyServer } from '../helpers/valkey-server.js';
import { loadGeneratedModule, pause, replacingString, type LoadedModule, type Mutation } from './generated-module.js';
import { glideClientFor } from './valkey-client.js';

interface LimiterModule {
  readonly LIMIT: number;
  readonly WINDOW_MS: number;
  tryHit(client: GlideClient, subject: string): Promise<boolean>;
}

const LIMIT = 7;
const WINDOW_MS = 400;

/** How many of `callers` concurrent hits each of `windows` consecutive windows admitted. */
async function admittedPerWindow(limiter: LimiterModule, clients: readonly GlideClient[], subject: string, callers: number, windows: number): Promise<number[]> {
  const counts: number[] = [];
  for (let window = 0; window < windows; window += 1) {
    const answers = await Promise.all(Array.from({ length: callers }, (_, index) => limiter.tryHit(clients[index % clients.length], subject)));
    counts.push(answers.filter(Boolean).length);
    await pause(limiter.WINDOW_MS + 50);
  }
  return counts;
}

const comparingWithLessThan: Mutation = (j, root) => {
  const comparison = root.find(j.BinaryExpression, { operator: '<=' });
  if (comparison.size() !== 1) throw new Error('expected one <= comparison');
  comparison.forEach((path) => {
    path.node.operator = '<';
  });
};

describe('rate-limiter property', function () {
  this.timeout(120_000);
  let server: ValkeyServer;
  let clients: GlideClient[];
  const loaded: LoadedModule<LimiterModule>[] = [];
  const load = async (algorithm: string, mutate?: Mutation) => {
    const module = await loadGeneratedModule<LimiterModule>('rate-limiter', { algorithm, limit: LIMIT, windowMs: WINDOW_MS }, 'rate-limiter.js', mutate);
    loaded.push(module);
    return module.module;
  };

  before(async () => {
    server = await startValkeyServer();
    clients = await Promise.all(Array.from({ length: 4 }, () => glideClientFor(server)));
  });
  after(async () => {
    for (const client of clients ?? []) client.close();
    for (const module of loaded) module.remove();
    await server?.stop();
  });

  for (const algorithm of ['fixed-window', 'sliding-window']) {
    it(`${algorithm}: admits exactly LIMIT of 50 concurrent callers in each of 3 windows`, async function () {
      const limiter = await load(algorithm);
      expect(limiter.LIMIT).to.equal(LIMIT);
      expect(await admittedPerWindow(limiter, clients, `${algorithm}-subject`, 50, 3)).to.deep.equal([LIMIT, LIMIT, LIMIT]);
    });
  }

  it('keeps subjects apart: one subject at its limit does not limit another', async function () {
    const limiter = await load('fixed-window');
    await Promise.all(Array.from({ length: 20 }, () => limiter.tryHit(clients[0], 'busy')));
    expect(await limiter.tryHit(clients[1], 'quiet')).to.equal(true);
  });

  it('catches a fixed window that admits one too few (`<` for `<=`)', async function () {
    const limiter = await load('fixed-window', comparingWithLessThan);
    expect(await admittedPerWindow(limiter, clients, 'mutant-fixed', 50, 1)).to.deep.equal([LIMIT - 1]);
  });

  it('catches a sliding-window script that admits one more than the limit', async function () {
    const limiter = await load('sliding-window', replacingString("if redis.call('ZCARD', KEYS[1]) <", "if redis.call('ZCARD', KEYS[1]) <= tonumber(ARGV[2]) then"));
    expect(await admittedPerWindow(limiter, clients, 'mutant-sliding', 50, 1)).to.deep.equal([LIMIT + 1]);
  });
});
