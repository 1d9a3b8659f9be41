/**
 * Tests for the Valkey server helper against real valkey-server processes: it must really start, flush, and stop,
 * or every golden-file comparison built on it would be comparing against the wrong server (or a leftover one).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { startValkeyServer, ValkeyServerUnavailableError } from '../../helpers/valkey-server.js';

/** Runs `body` with some environment variables replaced (undefined removes one), restoring them afterwards. */
async function withEnv<T>(changes: Record<string, string | undefined>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(changes).map((name) => [name, process.env[name]]));
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(changes);
  try {
    return await body();
  } finally {
    apply(saved);
  }
}

/** Resolves to the error code of a TCP connection attempt, or 'connected'. */
function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

async function withClient<T>(url: string, use: (client: Redis) => Promise<T>): Promise<T> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.quit();
  }
}

describe('startValkeyServer', () => {
  describe('spawning valkey-server', () => {
    it('starts a server on a loopback port that answers commands', async () => {
      await withEnv({ VALKEY_URL: undefined }, async () => {
        const server = await startValkeyServer();
        try {
          expect(server.host).to.equal('127.0.0.1');
          expect(server.port).to.be.within(1, 65535);
          expect(server.url).to.equal(`redis://127.0.0.1:${server.port}`);
          const reply = await withClient(server.url, async (client) => {
            await client.set('greeting', 'hello');
            return client.get('greeting');
          });
          expect(reply).to.equal('hello');
        } finally {
          await server.stop();
        }
      });
    });

    it('starts independent servers on different ports', async () => {
      await withEnv({ VALKEY_URL: undefined }, async () => {
        const [first, second] = await Promise.all([startValkeyServer(), startValkeyServer()]);
        try {
          expect(first.port).to.not.equal(second.port);
          await withClient(first.url, (client) => client.set('only-in-first', '1'));
          expect(await withClient(second.url, (client) => client.dbsize())).to.equal(0);
          expect(await withClient(first.url, (client) => client.dbsize())).to.equal(1);
        } finally {
          await Promise.all([first.stop(), second.stop()]);
        }
      });
    });

    it('flush() empties every database', async () => {
      await withEnv({ VALKEY_URL: undefined }, async () => {
        const server = await startValkeyServer();
        try {
          await withClient(server.url, async (client) => {
            await client.set('in-db-0', 'a');
            await client.select(3);
            await client.set('in-db-3', 'b');
          });
          await server.flush();
          const sizes = await withClient(server.url, async (client) => {
            const db0 = await client.dbsize();
            await client.select(3);
            return [db0, await client.dbsize()];
          });
          expect(sizes).to.deep.equal([0, 0]);
        } finally {
          await server.stop();
        }
      });
    });

    it('stop() ends the process, so the port refuses connections, and may be called twice', async () => {
      await withEnv({ VALKEY_URL: undefined }, async () => {
        const server = await startValkeyServer();
        expect(await tryConnect(server.port)).to.equal('connected');
        await server.stop();
        expect(await tryConnect(server.port)).to.equal('ECONNREFUSED');
        await server.stop();
      });
    });

    it('names the three ways in when valkey-server is not on PATH and VALKEY_URL is unset', async () => {
      const emptyBin = await mkdtemp(path.join(os.tmpdir(), 'no-valkey-bin-'));
      try {
        const error = await withEnv({ VALKEY_URL: undefined, PATH: emptyBin }, () =>
          startValkeyServer().then(
            () => undefined,
            (rejection: unknown) => rejection,
          ),
        );
        expect(error).to.be.instanceOf(ValkeyServerUnavailableError);
        const message = (error as Error).message;
        expect(message).to.include('apt-get install -t bookworm-backports valkey-server valkey-tools');
        expect(message).to.include('Docker engine');
        expect(message).to.include('testcontainers');
        expect(message).to.include('VALKEY_URL');
      } finally {
        await rm(emptyBin, { recursive: true, force: true });
      }
    });
  });

  describe('with VALKEY_URL set', () => {
    it('uses the external server: flush() empties it and stop() leaves it running', async () => {
      const backing = await withEnv({ VALKEY_URL: undefined }, () => startValkeyServer());
      try {
        const external = await withEnv({ VALKEY_URL: backing.url }, () => startValkeyServer());
        expect(external.url).to.equal(backing.url);
        expect(external.host).to.equal('127.0.0.1');
        expect(external.port).to.equal(backing.port);

        await withClient(backing.url, (client) => client.set('k', 'v'));
        await external.flush();
        expect(await withClient(backing.url, (client) => client.dbsize())).to.equal(0);

        await external.stop();
        expect(await withClient(backing.url, (client) => client.ping())).to.equal('PONG');
      } finally {
        await backing.stop();
      }
    });
  });
});
