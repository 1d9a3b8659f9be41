/**
 * `glide-codemod verify`, as a user runs it, against real valkey-servers: two golden app fixtures (copied out of
 * the repository first, into a folder that resolves packages from a node_modules above it) print `same`; a program
 * whose behaviour the migration changes on purpose (it reads its own source, which the migration rewrites) prints
 * the first difference in stdout, exit code or keyspace and exits 1; a timeout and Ctrl-C (SIGINT, SIGTERM) are
 * cleaned up; usage errors exit 2 with a message and no stack trace. After each run, no valkey-server verify
 * started is left (checked by the pids it prints) and its temporary folder is gone.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI_ENTRY, runBuiltCli, type CliRun } from '../helpers/run-cli.js';
import { linkRepositoryModules } from '../helpers/link-repository-modules.js';
import { startValkeyServer } from '../helpers/valkey-server.js';
import { isProcessAlive } from '../helpers/process-alive.js';

const FIXTURES = path.resolve(path.dirname(CLI_ENTRY), '../../../fixtures/apps');

/** Reads its own source: the migration rewrites the import on line 2, and what the program does depends on it. */
const SELF_READING = `import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';

const importLine = readFileSync(new URL(import.meta.url), 'utf8').split('\\n')[1];
const redis = new Redis({ host: process.env.VALKEY_HOST, port: Number(process.env.VALKEY_PORT) });
const mode = process.argv[2];
await redis.set('mode', mode);
console.log('mode', mode);
if (mode === 'stdout') console.log(importLine);
if (mode === 'key') await redis.set('import-line', importLine);
await redis.quit();
if (mode === 'exit' && importLine.includes('glide')) process.exitCode = 3;
`;

const HANGING = `import { Redis } from 'ioredis';

const redis = new Redis({ host: process.env.VALKEY_HOST, port: Number(process.env.VALKEY_PORT) });
await redis.set('started', '1');
console.log('started');
setInterval(() => {}, 1000);
`;

/** A scratch "repository": package.json and node_modules at the top, the project to verify in a folder below. */
function scratchRepository(): { root: string; project: string; remove(): void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-verify-cli-'));
  writeFileSync(path.join(root, 'package.json'), '{"private":true,"type":"module"}\n');
  linkRepositoryModules(root);
  return { root, project: path.join(root, 'app'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The servers verify said it started are gone, and so is its temporary folder. */
function expectCleanedUp(run: CliRun): void {
  const pids = [...run.stderr.matchAll(/valkey-server pid (\d+)/g)].map((match) => Number(match[1]));
  expect(pids, run.stderr).to.have.length(2);
  expect(pids.filter(isProcessAlive)).to.deep.equal([]);
  const workspace = /^verify: copied .* to (.+)$/m.exec(run.stderr)?.[1];
  expect(workspace, run.stderr).to.be.a('string');
  expect(existsSync(workspace as string)).to.equal(false);
}

/**
 * Runs the built CLI without waiting for it, and sends `signal` once stderr shows `when`: to the CLI alone, or, with
 * `toGroup`, to its whole process group as a terminal's Ctrl-C does (the valkey-servers get it too).
 */
function runAndSignal(args: readonly string[], cwd: string, when: string, signal: NodeJS.Signals, toGroup = false): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: toGroup });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!sent && stderr.includes(when)) {
        sent = true;
        // A moment for the program to be well under way.
        setTimeout(() => (toGroup ? process.kill(-(child.pid as number), signal) : child.kill(signal)), 300);
      }
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('close', (exitCode) => {
      clearTimeout(guard);
      resolve({ exitCode, stdout, stderr });
    });
  });
}

describe('glide-codemod verify', function () {
  this.timeout(120_000);
  let repository: ReturnType<typeof scratchRepository>;
  beforeEach(function () {
    repository = scratchRepository();
  });
  afterEach(function () {
    repository.remove();
  });

  for (const [app, entry] of [
    ['leaderboard-ioredis-ts', 'main.ts'],
    ['two-clients-one-left-as-written-ioredis-esm', 'main.js'],
  ] as const) {
    it(`prints same for the golden app ${app} and exits 0`, function () {
      cpSync(path.join(FIXTURES, app, 'input'), repository.project, { recursive: true });
      const run = runBuiltCli(['verify', 'app', '--entry', entry], repository.root);
      expect(run.exitCode, run.stdout + run.stderr).to.equal(0);
      expect(run.stdout.endsWith('\nsame\n'), run.stdout).to.equal(true);
      expect(run.stdout).to.match(/^original: exit 0, [1-9]\d* line\(s\) of stdout, [1-9]\d* key\(s\)/m);
      expectCleanedUp(run);
    });
  }

  it('says which clients stayed as written, with the blocking sites, and that it ran both sides anyway', function () {
    cpSync(path.join(FIXTURES, 'two-clients-one-left-as-written-ioredis-esm', 'input'), repository.project, { recursive: true });
    const run = runBuiltCli(['verify', 'app', '--entry', 'main.js'], repository.root);
    expect(run.stdout).to.include('  blocked  audit.js:5:22: client `audit` stays on ioredis: blocked by unmigrated-call at audit.js:15');
    expect(run.stdout).to.include('             main.js:11:19: unmigrated-call: xlen()');
    expect(run.stdout).to.include('note: the clients left as written (above) run unchanged on the migrated side; verify ran both sides anyway.');
  });

  describe('a program whose behaviour the migration changes', function () {
    beforeEach(function () {
      writeFileSync(path.join(repository.root, 'self.js'), SELF_READING);
    });

    it('prints the first stdout line that differs, both sides shown, and exits 1', function () {
      const run = runBuiltCli(['verify', '.', '--entry', 'self.js', '--', 'stdout'], repository.root);
      expect(run.exitCode, run.stderr).to.equal(1);
      expect(run.stdout).to.match(
        /\ndifferent: stdout line 2\n {2}original: "import \{ Redis \} from 'ioredis';"\n {2}migrated: "import \{ GlideClient.*valkey-glide';"\n$/,
      );
      expectCleanedUp(run);
    });

    it('prints a different exit code, and exits 1', function () {
      const run = runBuiltCli(['verify', '.', '--entry', 'self.js', '--', 'exit'], repository.root);
      expect(run.exitCode, run.stderr).to.equal(1);
      expect(run.stdout).to.match(/\ndifferent: exit code\n {2}original: 0\n {2}migrated: 3\n$/);
    });

    it('prints the first key that differs, both sides shown, and exits 1', function () {
      const run = runBuiltCli(['verify', '.', '--entry', 'self.js', '--', 'key'], repository.root);
      expect(run.exitCode, run.stderr).to.equal(1);
      expect(run.stdout).to.match(/\ndifferent: key "import-line" \(db 0\)\n {2}original: string "import \{ Redis \} from 'ioredis';", no TTL\n {2}migrated: string "import \{ GlideClient.*", no TTL\n$/);
    });

    it('finds it the same when the program does not look at its source, here on a server named by --valkey-url', async function () {
      const server = await startValkeyServer();
      try {
        const run = runBuiltCli(['verify', '.', '--entry', 'self.js', '--valkey-url', server.url, '--', 'plain'], repository.root);
        expect(run.exitCode, run.stdout + run.stderr).to.equal(0);
        expect(run.stdout).to.match(/original: exit 0, 1 line\(s\) of stdout, 1 key\(s\).*\nmigrated: exit 0, 1 line\(s\) of stdout, 1 key\(s\).*\nsame\n$/);
        expect(run.stderr).to.include(`original: server on ${new URL(server.url).host}`);
      } finally {
        await server.stop();
      }
    });
  });

  describe('a program that does not finish', function () {
    beforeEach(function () {
      writeFileSync(path.join(repository.root, 'hang.js'), HANGING);
    });

    it('is killed at --timeout and reported, exit 1', function () {
      const run = runBuiltCli(['verify', '.', '--entry', 'hang.js', '--timeout', '1000'], repository.root);
      expect(run.exitCode, run.stderr).to.equal(1);
      expect(run.stdout).to.include('different: the original and the migrated runs did not finish within 1000 ms and were killed');
      expectCleanedUp(run);
    });

    for (const [signal, exitCode, toGroup] of [['SIGINT', 130, false], ['SIGTERM', 143, false], ['SIGHUP', 129, false], ['SIGINT', 130, true]] as const) {
      it(`is stopped with everything else on ${signal}${toGroup ? ' sent to the process group (Ctrl-C in a terminal)' : ''}, exit ${exitCode}`, async function () {
        const run = await runAndSignal(['verify', '.', '--entry', 'hang.js'], repository.root, 'verify: original: running', signal, toGroup);
        expect(run.exitCode, run.stderr).to.equal(exitCode);
        expect(run.stderr).to.include(`glide-codemod: verify interrupted by ${signal}; servers, programs and temporary folders were cleaned up\n`);
        expect(run.stdout).to.equal('');
        expectCleanedUp(run);
      });
    }
  });

  it('exits 2 when the run cannot be finished (the program shuts its server down), naming why, with no stack trace', function () {
    const shutdown = `import { Redis } from 'ioredis';

const redis = new Redis({ host: process.env.VALKEY_HOST, port: Number(process.env.VALKEY_PORT), retryStrategy: () => null });
await redis.call('SHUTDOWN', 'NOSAVE').catch(() => {});
redis.disconnect();
`;
    writeFileSync(path.join(repository.root, 'shutdown.js'), shutdown);
    const run = runBuiltCli(['verify', '.', '--entry', 'shutdown.js'], repository.root);
    expect(run.exitCode, run.stderr).to.equal(2);
    expect(run.stderr).to.match(/\nglide-codemod: verify could not finish: 127\.0\.0\.1:\d+: connect ECONNREFUSED/);
    expect(run.stderr).not.to.match(/\n\s+at /);
    expectCleanedUp(run);
  });

  describe('usage errors', function () {
    const expectUsageError = (run: CliRun, message: string | RegExp) => {
      expect(run.exitCode, run.stderr).to.equal(2);
      if (typeof message === 'string') expect(run.stderr).to.include(message);
      else expect(run.stderr).to.match(message);
      expect(run.stderr).not.to.match(/\n\s+at /);
      expect(run.stdout).to.equal('');
    };

    beforeEach(function () {
      writeFileSync(path.join(repository.root, 'self.js'), SELF_READING);
    });

    it('exits 2 for a missing folder, entry or option, with a message and no stack trace', function () {
      expectUsageError(runBuiltCli(['verify', 'nope', '--entry', 'self.js'], repository.root), 'glide-codemod: no such directory: nope\n');
      expectUsageError(runBuiltCli(['verify', '.', '--entry', 'main.js'], repository.root), 'glide-codemod: the entry main.js is not a file in .');
      expectUsageError(runBuiltCli(['verify', '.'], repository.root), 'verify needs the program to run: --entry <file>');
      expectUsageError(runBuiltCli(['verify', '--entry', 'self.js'], repository.root), 'verify takes one project folder');
      expectUsageError(runBuiltCli(['verify', '.', '--entry', 'package.json'], repository.root), '--entry takes a .js, .mjs, .cjs, .ts, .mts, .cts or .tsx file');
      expectUsageError(runBuiltCli(['verify', '.', '--entry', 'self.js', '--timeout', 'soon'], repository.root), "--timeout takes a number of milliseconds, not 'soon'");
    });

    it('exits 2 without valkey-server on PATH before copying anything, saying how to install it or to use --valkey-url', function () {
      const run = runBuiltCli(['verify', '.', '--entry', 'self.js'], repository.root, { PATH: path.join(repository.root, 'no-bin') });
      expectUsageError(run, /valkey-server is not on PATH\. Install it \(.*apt-get install valkey-server.*\) or name a server verify may flush with --valkey-url/);
      expect(run.stderr, 'nothing is copied or started before the check').not.to.include('verify: copied');
    });

    it('exits 2 for a --valkey-url that is not one or where no server answers', function () {
      expectUsageError(runBuiltCli(['verify', '.', '--entry', 'self.js', '--valkey-url', 'localhost'], repository.root), '--valkey-url "localhost" is not a server URL');
      expectUsageError(runBuiltCli(['verify', '.', '--entry', 'self.js', '--valkey-url', 'redis://127.0.0.1:1'], repository.root), 'the server at 127.0.0.1:1 does not answer');
    });
  });
});
