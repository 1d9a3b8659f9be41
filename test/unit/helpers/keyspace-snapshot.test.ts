/**
 * Tests for the keyspace snapshot against a real server: the golden files are only as trustworthy as this
 * representation, so every type, the TTL flag, non-zero databases and the exact ordering are pinned down.
 */
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { takeKeyspaceSnapshot, type KeyspaceEntry } from '../../helpers/keyspace-snapshot.js';
import { startValkeyServer, type ValkeyServer } from '../../helpers/valkey-server.js';

async function withClient(url: string, use: (client: Redis) => Promise<unknown>): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await client.connect();
  try {
    await use(client);
  } finally {
    await client.quit();
  }
}

describe('takeKeyspaceSnapshot', () => {
  let server: ValkeyServer;

  before(async () => {
    server = await startValkeyServer();
  });

  after(async () => {
    await server.stop();
  });

  beforeEach(async () => {
    await server.flush();
  });

  it('is empty for an empty server', async () => {
    expect(await takeKeyspaceSnapshot(server.url)).to.deep.equal([]);
  });

  it('captures every type, sorted, with TTL flags and the database of each key', async () => {
    await withClient(server.url, async (client) => {
      await client.set('user:2:name', 'Bob', 'EX', 600);
      await client.set('user:1:name', 'Ada');
      await client.hset('user:1', { zeta: 'z', alpha: 'a', mid: 'm' });
      await client.rpush('queue', 'third', 'first', 'second');
      await client.sadd('tags', 'red', 'blue', 'green');
      await client.zadd('board', 2, 'bob', 1.5, 'ada', 2, 'amy');
      await client.pexpire('board', 60_000);
      await client.xadd('events', '1-0', 'kind', 'login', 'user', 'ada');
      await client.xadd('events', '2-0', 'kind', 'logout');
      await client.select(2);
      await client.set('session', 'in-db-2');
    });

    const snapshot = await takeKeyspaceSnapshot(server.url);

    const expected: KeyspaceEntry[] = [
      { db: 0, key: 'board', type: 'zset', value: [['ada', '1.5'], ['amy', '2'], ['bob', '2']], hasTtl: true },
      {
        db: 0,
        key: 'events',
        type: 'stream',
        value: [
          ['1-0', ['kind', 'login', 'user', 'ada']],
          ['2-0', ['kind', 'logout']],
        ],
        hasTtl: false,
      },
      { db: 0, key: 'queue', type: 'list', value: ['third', 'first', 'second'], hasTtl: false },
      { db: 0, key: 'tags', type: 'set', value: ['blue', 'green', 'red'], hasTtl: false },
      { db: 0, key: 'user:1', type: 'hash', value: { alpha: 'a', mid: 'm', zeta: 'z' }, hasTtl: false },
      { db: 0, key: 'user:1:name', type: 'string', value: 'Ada', hasTtl: false },
      { db: 0, key: 'user:2:name', type: 'string', value: 'Bob', hasTtl: true },
      { db: 2, key: 'session', type: 'string', value: 'in-db-2', hasTtl: false },
    ];
    // Compared as JSON so that property and hash-field order count too: that order is what lands in golden files.
    expect(JSON.stringify(snapshot, null, 2)).to.equal(JSON.stringify(expected, null, 2));
    expect(JSON.parse(JSON.stringify(snapshot))).to.deep.equal(snapshot);
  });

  it('gives the same snapshot whatever order the data was written in', async () => {
    await withClient(server.url, async (client) => {
      await client.sadd('s', 'c', 'a', 'b');
      await client.hset('h', 'y', '2', 'x', '1');
      await client.mset('b', '2', 'a', '1');
    });
    const first = JSON.stringify(await takeKeyspaceSnapshot(server.url));
    await server.flush();
    await withClient(server.url, async (client) => {
      await client.mset('a', '1', 'b', '2');
      await client.hset('h', 'x', '1', 'y', '2');
      await client.sadd('s', 'b', 'a', 'c');
    });
    expect(JSON.stringify(await takeKeyspaceSnapshot(server.url))).to.equal(first);
  });

  it('reads every key of a keyspace larger than one SCAN batch', async () => {
    const count = 1_200;
    await withClient(server.url, async (client) => {
      const pipeline = client.pipeline();
      for (let i = 0; i < count; i += 1) pipeline.set(`k:${String(i).padStart(4, '0')}`, String(i));
      await pipeline.exec();
    });
    const snapshot = await takeKeyspaceSnapshot(server.url);
    expect(snapshot).to.have.length(count);
    expect(snapshot[0]).to.deep.equal({ db: 0, key: 'k:0000', type: 'string', value: '0', hasTtl: false });
    expect(snapshot[count - 1]).to.deep.equal({ db: 0, key: 'k:1199', type: 'string', value: '1199', hasTtl: false });
  });
});
