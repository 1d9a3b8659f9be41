/**
 * The differential run through the library, against real valkey-servers: the real migration of a small ioredis
 * program behaves the same; a migration broken on purpose (through the `migrate` seam, after the real one ran) is
 * caught at the key it changes; a shared server is flushed before each run; a hanging program is killed at the
 * timeout; an abort stops everything. After every run the servers verify started are gone (by pid) and so is its
 * temporary folder.
 */
import { expect } from 'chai';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrateProject } from '../../../src/index.js';
import { verifyProject, type VerifyMigration, type VerifyOptions } from '../../../src/verify/verify-project.js';
import { ValkeyServerNotFoundError } from '../../../src/verify/verify-errors.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';
import { startValkeyServer } from '../../helpers/valkey-server.js';
import { linkRepositoryModules } from '../../helpers/link-repository-modules.js';
import { isProcessAlive } from '../../helpers/process-alive.js';

const PROGRAM = `import { Redis } from 'ioredis';

const redis = new Redis({ host: process.env.VALKEY_HOST, port: Number(process.env.VALKEY_PORT) });
console.log('keys before', await redis.dbsize());
await redis.set('greeting', 'hello');
await redis.hset('user:1', 'name', 'Ada');
console.log('greeting', await redis.get('greeting'));
console.log('args', process.argv.slice(2).join(','));
await redis.quit();
`;

const HANGING = `import { Redis } from 'ioredis';

const redis = new Redis({ host: process.env.VALKEY_HOST, port: Number(process.env.VALKEY_PORT) });
await redis.set('started', '1');
console.log('started');
setInterval(() => {}, 1000);
`;

const realMigration: VerifyMigration = (options) => migrateProject(options);

/** What verify said it did: the server pids and its temporary folder, from its progress lines. */
class ProgressLog {
  readonly lines: string[] = [];
  readonly record = (line: string) => this.lines.push(line);
  get serverPids(): number[] {
    return this.lines.flatMap((line) => [...line.matchAll(/valkey-server pid (\d+)/g)].map((match) => Number(match[1])));
  }
  get workspace(): string | undefined {
    return this.lines.map((line) => /^copied .* to (.+)$/.exec(line)?.[1]).find(Boolean);
  }
}

function expectCleanedUp(log: ProgressLog, servers = 2): void {
  expect(log.serverPids).to.have.length(servers);
  expect(log.serverPids.filter(isProcessAlive)).to.deep.equal([]);
  expect(log.workspace, log.lines.join('\n')).to.be.a('string');
  expect(existsSync(log.workspace as string)).to.equal(false);
}

describe('verify: the differential run', function () {
  this.timeout(90_000);
  let project: TempProject;
  let log: ProgressLog;
  const options = (overrides: Partial<VerifyOptions> = {}): VerifyOptions => ({
    directory: project.root,
    entry: 'main.js',
    cwd: project.root,
    migrate: realMigration,
    onProgress: log.record,
    ...overrides,
  });

  beforeEach(function () {
    project = createTempProject({ 'package.json': '{"private":true,"type":"module"}\n', 'main.js': PROGRAM, 'hang.js': HANGING, 'plain.js': "console.log('no client here');\n" });
    linkRepositoryModules(project.root);
    log = new ProgressLog();
  });
  afterEach(function () {
    project.remove();
  });

  it('finds the real migration of a program the same, passing the arguments on, and writes nothing in the project', async function () {
    const result = await verifyProject(options({ args: ['a', 'b'] }));
    expect(result.difference).to.equal(undefined);
    expect(result.same).to.equal(true);
    expect(result.migrationOutcome).to.equal('migrated');
    expect(result.original).to.include({ exit: '0', stdoutLines: 3, keys: 2 });
    expect(result.migrated).to.include({ exit: '0', stdoutLines: 3, keys: 2 });
    expect(result.migrated.stdout).to.equal('keys before 0\ngreeting hello\nargs a,b\n');
    expect(readFileSync(path.join(project.root, 'main.js'), 'utf8')).to.equal(PROGRAM);
    expectCleanedUp(log);
  });

  it('finds the first key a broken migration changes', async function () {
    const sabotage: VerifyMigration = async (input) => {
      const migration = await realMigration(input);
      const file = path.join(input.cwd, 'main.js');
      const migrated = readFileSync(file, 'utf8');
      expect(migrated).to.include('GlideClient.createClient');
      writeFileSync(file, migrated.replace("value: 'Ada'", "value: 'Bob'"));
      return migration;
    };
    const result = await verifyProject(options({ migrate: sabotage }));
    expect(result.same).to.equal(false);
    expect(result.difference).to.deep.equal({
      kind: 'key',
      db: 0,
      key: 'user:1',
      original: { db: 0, key: 'user:1', type: 'hash', value: { name: 'Ada' }, hasTtl: false },
      migrated: { db: 0, key: 'user:1', type: 'hash', value: { name: 'Bob' }, hasTtl: false },
    });
    expectCleanedUp(log);
  });

  it('says when nothing was migrated, and still runs both sides', async function () {
    for (const file of ['main.js', 'hang.js']) rmSync(path.join(project.root, file));
    const result = await verifyProject(options({ entry: 'plain.js' }));
    expect([result.same, result.migrationOutcome, result.migration.summary.changed]).to.deep.equal([true, 'nothing-migrated', 0]);
    expect(result.original.stdout).to.equal('no client here\n');
    expectCleanedUp(log);
  });

  it('uses one server named by URL for both runs, flushing it before each', async function () {
    const server = await startValkeyServer();
    try {
      const { withRespConnection } = await import('../../../src/verify/resp-connection.js');
      const { ServerAddress } = await import('../../../src/verify/server-address.js');
      await withRespConnection(ServerAddress.parse(server.url), (connection) => connection.command('SET', 'left-over', 'x'));
      const result = await verifyProject(options({ valkeyUrl: server.url }));
      // "keys before 0" on both sides: the left-over key and the original run's keys were flushed away.
      expect(result.difference).to.equal(undefined);
      expect(result.original.keys).to.equal(2);
      expect(log.serverPids).to.deep.equal([]);
    } finally {
      await server.stop();
    }
  });

  it('kills a program that does not finish at the timeout and reports it', async function () {
    const result = await verifyProject(options({ entry: 'hang.js', timeoutMs: 1_500 }));
    expect(result.difference).to.deep.equal({ kind: 'timeout', sides: ['original', 'migrated'], timeoutMs: 1_500 });
    expect(result.original).to.include({ timedOut: true, exit: 'signal SIGKILL', stdoutLines: 1, keys: 1 });
    expectCleanedUp(log);
  });

  it('stops the program and the servers and removes its folder when aborted mid-run', async function () {
    const controller = new AbortController();
    const reason = new Error('stop');
    const onProgress = (line: string) => {
      log.record(line);
      if (line.startsWith('original: running')) setTimeout(() => controller.abort(reason), 300);
    };
    let failure: unknown;
    await verifyProject(options({ entry: 'hang.js', signal: controller.signal, onProgress })).catch((error: unknown) => (failure = error));
    expect(failure).to.equal(reason);
    expectCleanedUp(log);
  });

  it('refuses to start without valkey-server on PATH, before copying anything', async function () {
    let failure: unknown;
    await verifyProject(options({ searchPath: '' })).catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(ValkeyServerNotFoundError);
    expect(log.lines).to.deep.equal([]);
  });
});
