/**
 * The generated streams module against a real valkey-server and a real 3-primary cluster: every appended entry is
 * read back in order (pages forward and backward, XREAD from an id); with exact trimming the stream never holds
 * more than its bound and keeps the newest entries, with approximate trimming never more than one node over it;
 * creating a group is idempotent (one of 4 concurrent creations answers true); the members of a group, reading
 * while a producer appends, receive each entry exactly once, and nothing stays pending after the acks.
 * Shown to fail on mutants: XADD without trimming, pages from an inclusive id, a group read of `0` for `>`.
 */
import { expect } from 'chai';
import { loadGeneratedModule, type LoadedModule, type Mutation } from './generated-module.js';
import { appendWithoutTrimming, groupReadOfOwnHistory, pagesFromInclusiveId } from './mutants.js';
import { startServersUnderTest, TOPOLOGIES, type AnyGlideClient, type ServersUnderTest } from './valkey-client.js';

interface StreamEntry {
  readonly id: string;
  readonly fields: Record<string, string>;
}
interface Stream {
  append(fields: Record<string, string>): Promise<string>;
  length(): Promise<number>;
  page(afterId?: string, count?: number): Promise<StreamEntry[]>;
  pageBackwards(beforeId?: string, count?: number): Promise<StreamEntry[]>;
  readAfter(id: string, options?: { count?: number; blockMs?: number }): Promise<StreamEntry[]>;
  ensureGroup(group: string, startId?: string): Promise<boolean>;
  readGroup(group: string, consumer: string, options?: { count?: number; blockMs?: number }): Promise<StreamEntry[]>;
  ack(group: string, ids: readonly string[]): Promise<number>;
}
interface StreamsModule {
  openStream(client: AnyGlideClient, name?: string, maxLength?: number): Stream;
}

const ENTRIES = 300;
const TRIM_BOUND = 25;
/** Approximate trimming removes whole nodes only; a node holds at most 100 entries (stream-node-max-entries). */
const NODE_ENTRIES = 100;

/** Every entry, page after page (at most `ENTRIES` pages, so a page that never advances ends too). */
async function readAllPages(read: (from: string | undefined) => Promise<StreamEntry[]>): Promise<StreamEntry[]> {
  const all: StreamEntry[] = [];
  let from: string | undefined;
  for (let pages = 0; pages <= ENTRIES; pages += 1) {
    const page = await read(from);
    if (page.length === 0) break;
    all.push(...page);
    from = page[page.length - 1].id;
  }
  return all;
}

/** The longest the stream `name` was, observed after each of `appends` appends, with the ids appended. */
async function appendObservingLength(stream: Stream, appends: number): Promise<{ longest: number; ids: string[] }> {
  let longest = 0;
  const ids: string[] = [];
  for (let index = 0; index < appends; index += 1) {
    ids.push(await stream.append({ n: String(index) }));
    longest = Math.max(longest, await stream.length());
  }
  return { longest, ids };
}

/** Members of `group`, one per stream, read until `expected` entries arrived (or `ms`), acking each batch. */
async function receiveInGroup(members: readonly Stream[], group: string, expected: number, ms: number): Promise<Map<string, number>> {
  const received = new Map<string, number>();
  const deadline = Date.now() + ms;
  await Promise.all(
    members.map(async (member, index) => {
      while (received.size < expected && Date.now() < deadline) {
        const batch = await member.readGroup(group, `member-${index}`, { count: 3, blockMs: 50 });
        for (const entry of batch) received.set(entry.id, (received.get(entry.id) ?? 0) + 1);
        await member.ack(group, batch.map((entry) => entry.id));
      }
    }),
  );
  return received;
}

for (const topology of TOPOLOGIES) {
  describe(`streams property (${topology})`, function () {
    this.timeout(120_000);
    let servers: ServersUnderTest;
    const loaded: LoadedModule<StreamsModule>[] = [];
    const load = async (options: Record<string, unknown>, mutate?: Mutation) => {
      const module = await loadGeneratedModule<StreamsModule>({ id: 'streams', options, moduleFile: 'streams.js', topology, mutate });
      loaded.push(module);
      return module.module;
    };

    before(async () => (servers = await startServersUnderTest(topology, 4)));
    after(async () => {
      for (const module of loaded) module.remove();
      await servers?.stop();
    });

    it('reads every one of 300 appended entries back in order: pages forward and backward, XREAD from an id', async function () {
      const streams = await load({ pageSize: 17 });
      const stream = streams.openStream(servers.clients[0], 'ordered');
      const { ids } = await appendObservingLength(stream, ENTRIES);
      const forward = await readAllPages((from) => stream.page(from));
      expect(forward.map((entry) => entry.id)).to.deep.equal(ids);
      expect(forward.map((entry) => entry.fields)).to.deep.equal(ids.map((_, index) => ({ n: String(index) })));
      const backward = await readAllPages((from) => stream.pageBackwards(from));
      expect(backward.map((entry) => entry.id)).to.deep.equal([...ids].reverse());
      const reader = streams.openStream(servers.clients[1], 'ordered');
      expect((await reader.readAfter(ids[99], { count: 1000 })).map((entry) => entry.id)).to.deep.equal(ids.slice(100));
      expect(await reader.readAfter(ids[ENTRIES - 1])).to.deep.equal([]);
    });

    it('never lets the stream exceed its bound with exact trimming, and keeps the newest entries in order', async function () {
      const streams = await load({ exactTrimming: true });
      const stream = streams.openStream(servers.clients[0], 'exact', TRIM_BOUND);
      const { longest, ids } = await appendObservingLength(stream, 120);
      expect(longest).to.equal(TRIM_BOUND);
      expect((await stream.page(undefined, 1000)).map((entry) => entry.id)).to.deep.equal(ids.slice(-TRIM_BOUND));
      // Concurrent appends from 4 clients: each XADD trims in the same command.
      const concurrent = servers.clients.map((client) => streams.openStream(client, 'exact', TRIM_BOUND));
      await Promise.all(concurrent.flatMap((writer) => Array.from({ length: 25 }, (_, index) => writer.append({ n: String(index) }))));
      expect(await stream.length()).to.equal(TRIM_BOUND);
    });

    it('keeps the stream within one node of its bound with approximate trimming', async function () {
      const streams = await load({});
      const { longest } = await appendObservingLength(streams.openStream(servers.clients[0], 'approximate', TRIM_BOUND), 400);
      expect(longest).to.be.within(TRIM_BOUND, TRIM_BOUND + NODE_ENTRIES - 1);
    });

    it('creates a group once among 4 concurrent creations, and its 4 members receive each entry exactly once while a producer appends', async function () {
      const streams = await load({});
      const members = servers.clients.map((client) => streams.openStream(client, 'grouped'));
      const created = await Promise.all(members.map((member) => member.ensureGroup('workers')));
      expect(created.filter(Boolean)).to.have.length(1);
      const producer = streams.openStream(servers.clients[0], 'grouped');
      const appending = Promise.all(Array.from({ length: 200 }, (_, index) => producer.append({ n: String(index) })));
      const [ids, received] = await Promise.all([appending, receiveInGroup(members, 'workers', 200, 20_000)]);
      expect(received.size).to.equal(ids.length);
      expect(ids.every((id) => received.get(id) === 1)).to.equal(true);
      expect((await servers.clients[0].xpending('grouped', 'workers'))[0]).to.equal(0);
    });

    if (topology === 'standalone') {
      it('catches XADD without trimming: the stream grows past its bound', async function () {
        const streams = await load({ exactTrimming: true }, appendWithoutTrimming);
        const { longest } = await appendObservingLength(streams.openStream(servers.clients[0], 'untrimmed', TRIM_BOUND), 60);
        expect(longest).to.equal(60);
      });

      it('catches pages from an inclusive id: entries are read twice', async function () {
        const streams = await load({ pageSize: 10 }, pagesFromInclusiveId);
        const stream = streams.openStream(servers.clients[0], 'inclusive');
        const { ids } = await appendObservingLength(stream, 30);
        const forward = await readAllPages((from) => stream.page(from));
        expect(forward.length).to.be.greaterThan(ids.length);
      });

      it('catches a group read of 0 instead of >: the members receive nothing', async function () {
        const streams = await load({}, groupReadOfOwnHistory);
        const members = servers.clients.map((client) => streams.openStream(client, 'history'));
        await members[0].ensureGroup('workers');
        await appendObservingLength(members[0], 20);
        expect((await receiveInGroup(members, 'workers', 20, 1_000)).size).to.equal(0);
      });
    }
  });
}
