/**
 * The generated chunked pipeline against a real valkey-server and a real 3-primary cluster (keys in many slots):
 * 1,000 entries are written and read back in input order; the server, asked for its command counts after each
 * exec, executed at most chunkSize commands per exec, in as few execs as chunkSize allows; refused entries answer
 * their own RequestError in their place and every other entry is applied and answered. Shown to fail on mutants:
 * chunks one command too large, the chunks' replies out of order, and batches sent with raiseOnError true.
 */
import { GlideClient, GlideClusterClient, InfoOptions, RequestError } from '@valkey/valkey-glide';
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { chunkRepliesReversed, chunksOneTooLarge, chunksRaisingOnError } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

type Reply = string | number | null | RequestError;
interface PipelineModule {
  CHUNK_SIZE: number;
  inChunks<T>(client: AnyGlideClient, items: readonly T[], add: (batch: { incr(key: string): unknown }, item: T) => void, chunkSize?: number): Promise<Reply[]>;
  setMany(client: AnyGlideClient, entries: readonly (readonly [string, string])[], chunkSize?: number): Promise<('OK' | RequestError)[]>;
  getMany(client: AnyGlideClient, keys: readonly string[], chunkSize?: number): Promise<(string | null | RequestError)[]>;
}

const ENTRIES = 1000;
const CHUNK_SIZE = 64;

/** How many times the server (every primary of a cluster) has executed `command` so far (INFO commandstats). */
async function serverCalls(client: AnyGlideClient, command: string): Promise<number> {
  const reply = client instanceof GlideClusterClient ? await client.info({ sections: [InfoOptions.Commandstats], route: 'allPrimaries' }) : await (client as GlideClient).info([InfoOptions.Commandstats]);
  const texts = typeof reply === 'string' ? [reply] : Object.values(reply);
  const prefix = `cmdstat_${command}:calls=`;
  let calls = 0;
  for (const line of texts.flatMap((text) => text.split('\n'))) if (line.startsWith(prefix)) calls += Number.parseInt(line.slice(prefix.length), 10);
  return calls;
}

/**
 * Runs `work` with `client.exec` observed: after each exec returns, another client asks the server how many
 * `command`s it has executed, so each exec's count is what the server executed for it (the module awaits each
 * exec before it sends the next). Answers the count per exec.
 */
async function serverCountsPerExec(client: AnyGlideClient, observer: AnyGlideClient, command: string, work: () => Promise<unknown>): Promise<number[]> {
  const counts: number[] = [];
  const original = client.exec;
  let before = await serverCalls(observer, command);
  const observed = async (...args: unknown[]) => {
    const replies = await (original as (...inner: unknown[]) => Promise<unknown>).apply(client, args);
    const now = await serverCalls(observer, command);
    counts.push(now - before);
    before = now;
    return replies;
  };
  Object.assign(client, { exec: observed });
  try {
    await work();
  } finally {
    Object.assign(client, { exec: original });
  }
  return counts;
}

const keysNamed = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}:${index}`);
const entriesFor = (keys: readonly string[]) => keys.map((key, index): [string, string] => [key, `value ${index}`]);

for (const topology of TOPOLOGIES) {
  describe(`pipeline property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<PipelineModule>[] = [];
    const load = async (mutate?: Mutation) => {
      const module = await loadGeneratedModule<PipelineModule>({ id: 'pipeline', options: { chunkSize: CHUNK_SIZE }, moduleFile: 'pipeline.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => (servers = await startServersUnderTest(topology, 2)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('writes and reads back 1,000 entries in input order', async function () {
      const pipeline = await load();
      const keys = keysNamed('ordered', ENTRIES);
      expect(await pipeline.setMany(servers.clients[0], entriesFor(keys))).to.deep.equal(keys.map(() => 'OK'));
      const missing = keysNamed('missing', 3);
      const read = await pipeline.getMany(servers.clients[1], [...keys, ...missing]);
      expect(read).to.deep.equal([...keys.map((_, index) => `value ${index}`), null, null, null]);
      expect(await pipeline.getMany(servers.clients[1], [])).to.deep.equal([]);
    });

    it('has the server execute at most chunkSize commands per exec, in as few execs as chunkSize allows', async function () {
      const pipeline = await load();
      const keys = keysNamed('chunked', ENTRIES);
      const writes = await serverCountsPerExec(servers.clients[0], servers.clients[1], 'set', () => pipeline.setMany(servers.clients[0], entriesFor(keys)));
      const reads = await serverCountsPerExec(servers.clients[0], servers.clients[1], 'get', () => pipeline.getMany(servers.clients[0], keys, 100));
      const expected = (size: number) => Array.from({ length: Math.ceil(ENTRIES / size) }, (_, index) => Math.min(size, ENTRIES - index * size));
      expect(writes).to.deep.equal(expected(CHUNK_SIZE));
      expect(reads).to.deep.equal(expected(100));
    });

    it('answers a refused entry with its own error and applies and answers every other', async function () {
      const pipeline = await load();
      const keys = keysNamed('refused', 300);
      const refused = new Set(keys.filter((_, index) => index % 37 === 5));
      await pipeline.setMany(servers.clients[0], keys.map((key, index): [string, string] => [key, refused.has(key) ? 'not a number' : String(index)]));
      const replies = await pipeline.inChunks(servers.clients[0], keys, (batch, key) => batch.incr(key));
      keys.forEach((key, index) => {
        if (refused.has(key)) expect(replies[index], key).to.be.instanceOf(RequestError);
        else expect(replies[index], key).to.equal(index + 1);
      });
      const read = await pipeline.getMany(servers.clients[1], keys);
      expect(read).to.deep.equal(keys.map((key, index) => (refused.has(key) ? 'not a number' : String(index + 1))));
    });

    if (topology === 'standalone') {
      it('catches chunks one command too large: the server executes chunkSize + 1 commands per exec', async function () {
        const pipeline = await load(chunksOneTooLarge);
        const keys = keysNamed('too-large', ENTRIES);
        const writes = await serverCountsPerExec(servers.clients[0], servers.clients[1], 'set', () => pipeline.setMany(servers.clients[0], entriesFor(keys)));
        expect(Math.max(...writes)).to.equal(CHUNK_SIZE + 1);
      });

      it('catches the replies of the chunks out of order', async function () {
        const pipeline = await load(chunkRepliesReversed);
        const keys = keysNamed('reversed', ENTRIES);
        await pipeline.setMany(servers.clients[0], entriesFor(keys));
        expect(await pipeline.getMany(servers.clients[0], keys)).to.not.deep.equal(keys.map((_, index) => `value ${index}`));
      });

      it('catches batches sent with raiseOnError true: one refused entry loses the answers of the others', async function () {
        const pipeline = await load(chunksRaisingOnError);
        const keys = keysNamed('raising', 10);
        await pipeline.setMany(servers.clients[0], entriesFor(keys));
        await servers.clients[0].lpush('raising:list', ['x']);
        const outcome = await pipeline.getMany(servers.clients[0], [...keys, 'raising:list']).then(
          () => 'answered',
          (error: unknown) => (error instanceof RequestError ? 'threw' : String(error)),
        );
        expect(outcome).to.equal('threw');
      });
    }
  });
}
