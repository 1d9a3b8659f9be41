/**
 * verify's own reading of a server, against a real valkey-server: values holding CR LF and multi-byte characters
 * come back byte for byte (the reason for a RESP connection rather than valkey-cli's text output), credentials in
 * the URL are sent, FLUSHALL empties every database. Types, order and TTL flags: test/unit/helpers/keyspace-snapshot.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findFreePort } from '../../../src/verify/free-port.js';
import { flushServer } from '../../../src/verify/flush-server.js';
import { takeKeyspaceSnapshot } from '../../../src/verify/keyspace-snapshot.js';
import { withRespConnection } from '../../../src/verify/resp-connection.js';
import { ValkeyConnectionError } from '../../../src/verify/verify-errors.js';
import { ServerAddress } from '../../../src/verify/server-address.js';
import { startValkeyServer, type ValkeyServer } from '../../helpers/valkey-server.js';

async function eventuallyAnswers(address: ServerAddress): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await withRespConnection(address, (connection) => connection.command('PING'));
      return;
    } catch (error) {
      if (attempt > 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

describe('verify: keyspace snapshot over RESP', function () {
  let server: ValkeyServer;
  let address: ServerAddress;
  before(async function () {
    server = await startValkeyServer();
    address = ServerAddress.parse(server.url);
  });
  after(async function () {
    await server?.stop();
  });
  beforeEach(async function () {
    await server.flush();
  });

  it('reads values with line breaks and multi-byte characters exactly', async function () {
    await withRespConnection(address, async (connection) => {
      await connection.command('SET', 'line\r\nbreak', 'a\r\nb\nc\r\n');
      await connection.command('HSET', 'hash', 'clé', 'café ☕', '', 'empty field');
      await connection.command('RPUSH', 'list', '', ' ', '\n');
    });
    expect(await takeKeyspaceSnapshot(address)).to.deep.equal([
      { db: 0, key: 'hash', type: 'hash', value: { '': 'empty field', clé: 'café ☕' }, hasTtl: false },
      { db: 0, key: 'line\r\nbreak', type: 'string', value: 'a\r\nb\nc\r\n', hasTtl: false },
      { db: 0, key: 'list', type: 'list', value: ['', ' ', '\n'], hasTtl: false },
    ]);
  });

  it('rejects a command the server refuses, naming the command, and keeps the connection usable', async function () {
    await withRespConnection(address, async (connection) => {
      await connection.command('SET', 'k', 'v');
      let refused: unknown;
      await connection.command('LPUSH', 'k', 'x').catch((error: unknown) => (refused = error));
      expect(refused).to.be.instanceOf(ValkeyConnectionError);
      expect((refused as Error).message).to.match(/LPUSH: WRONGTYPE/);
      expect(await connection.command('GET', 'k')).to.equal('v');
    });
  });

  it('sends the password of the URL, and flushes every database', async function () {
    await withRespConnection(address, (connection) => connection.command('CONFIG', 'SET', 'requirepass', 's3cret'));
    try {
      const withPassword = ServerAddress.parse(`redis://:s3cret@${address.display}`);
      await withRespConnection(withPassword, async (connection) => {
        await connection.command('SET', 'a', '1');
        await connection.command('SELECT', '3');
        await connection.command('SET', 'b', '2');
      });
      expect((await takeKeyspaceSnapshot(withPassword)).map((entry) => [entry.db, entry.key])).to.deep.equal([[0, 'a'], [3, 'b']]);
      await flushServer(withPassword);
      expect(await takeKeyspaceSnapshot(withPassword)).to.deep.equal([]);
    } finally {
      await withRespConnection(ServerAddress.parse(`redis://:s3cret@${address.display}`), (connection) => connection.command('CONFIG', 'SET', 'requirepass', ''));
    }
  });

  it('reads as many databases as a server has when it has fewer than 16', async function () {
    const directory = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-two-dbs-'));
    const port = await findFreePort();
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--databases', '2', '--save', '', '--appendonly', 'no', '--dir', directory];
    const child = spawn('valkey-server', args, { stdio: 'ignore' });
    const twoDatabases = ServerAddress.ofLoopbackPort(port);
    try {
      await eventuallyAnswers(twoDatabases);
      await withRespConnection(twoDatabases, async (connection) => {
        await connection.command('SELECT', '1');
        await connection.command('SET', 'in-db-1', 'x');
      });
      expect((await takeKeyspaceSnapshot(twoDatabases)).map((entry) => [entry.db, entry.key])).to.deep.equal([[1, 'in-db-1']]);
    } finally {
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('fails, rather than hangs, on a port where no server listens', async function () {
    let failure: unknown;
    await takeKeyspaceSnapshot(ServerAddress.ofLoopbackPort(1)).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(ValkeyConnectionError);
    expect((failure as Error).message).to.match(/^127\.0\.0\.1:1: .*ECONNREFUSED/);
  });
});
