/**
 * The golden harness. For each case under fixtures/: (1) the migration of input/ equals expected/ byte for
 * byte, (2) migrating expected/ again changes nothing, (3) the TODOs and the clients left as written are those
 * case.json lists, (4) expected/ type-checks against the installed GLIDE types, (5) input/ with its client and
 * expected/ with GLIDE, each run against a freshly flushed real valkey-server, print the same and leave the same
 * data, and (6) do no harm: the default migration (every client whose uses can all be migrated, the others left
 * as written), run with both the source clients and GLIDE installed, behaves exactly like input/. For a case
 * migrated without --partial, expected/ is that default migration, so (5) already proves (6).
 */
import { expect } from 'chai';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startValkeyServer, type ValkeyServer } from '../helpers/valkey-server.js';
import { takeKeyspaceSnapshot } from '../helpers/keyspace-snapshot.js';
import { runNodeProgram } from '../helpers/run-node-program.js';
import { typeCheckFiles } from '../helpers/type-check.js';
import { FIXTURES_ROOT, findFixtureCases, listFiles, type FixtureCase } from './fixture-cases.js';
import { migrateTree, reportedExpectations } from './migrate-case.js';

const cases = findFixtureCases();
const NODE_MODULES = path.resolve(FIXTURES_ROOT, '../node_modules');

async function runAndSnapshot(server: ValkeyServer, fixture: FixtureCase, directory: string) {
  await server.flush();
  const entry = path.join(directory, fixture.description.entry ?? '');
  const env = { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) };
  const run = await runNodeProgram(entry, { cwd: directory, env, timeoutMs: 30_000 });
  return { run, keyspace: await takeKeyspaceSnapshot(server.url) };
}

async function expectSameBehaviour(server: ValkeyServer, fixture: FixtureCase, migratedDirectory: string) {
  const original = await runAndSnapshot(server, fixture, fixture.inputDirectory);
  const migrated = await runAndSnapshot(server, fixture, migratedDirectory);
  expect(original.run.exitCode, original.run.stderr).to.equal(0);
  expect(migrated.run.exitCode, migrated.run.stderr).to.equal(0);
  expect(migrated.run.stdout).to.equal(original.run.stdout);
  expect(migrated.keyspace).to.deep.equal(original.keyspace);
}

/**
 * Writes a migrated tree to a temporary folder that resolves packages from the project's node_modules and, when the
 * case has no package.json of its own, runs under the project's (whose `type` the fixtures inherit).
 */
function materialise(files: ReadonlyMap<string, string>): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'glide-codemod-no-harm-'));
  if (!files.has('package.json')) {
    const { type } = JSON.parse(readFileSync(path.resolve(FIXTURES_ROOT, '../package.json'), 'utf8')) as { type?: string };
    writeFileSync(path.join(directory, 'package.json'), `${JSON.stringify({ private: true, type })}\n`);
  }
  for (const [file, text] of files) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  symlinkSync(NODE_MODULES, path.join(directory, 'node_modules'), 'dir');
  return directory;
}

describe('golden fixtures', function () {
  let server: ValkeyServer;
  before(async function () {
    server = await startValkeyServer();
  });
  after(async function () {
    await server?.stop();
  });

  it('finds the fixture cases', function () {
    expect(cases.length).to.be.greaterThan(0);
  });

  for (const fixture of cases) {
    const { description } = fixture;
    const partial = description.partial ?? false;
    describe(fixture.name, function () {
      it('migrates input/ to exactly expected/', async function () {
        const { files } = await migrateTree(fixture.inputDirectory, { partial });
        const expectedFiles = listFiles(fixture.expectedDirectory);
        expect([...files.keys()].sort()).to.deep.equal(expectedFiles);
        for (const file of expectedFiles) {
          const expected = readFileSync(path.join(fixture.expectedDirectory, file), 'utf8');
          expect(files.get(file), file).to.equal(expected);
        }
      });

      it('changes nothing when run again on expected/', async function () {
        const { migration } = await migrateTree(fixture.expectedDirectory, { partial });
        expect(migration.changes.map((change) => change.path)).to.deep.equal([]);
      });

      it('reports the TODOs and the clients left as written that case.json lists', async function () {
        const { migration } = await migrateTree(fixture.inputDirectory, { partial });
        expect(migration.report.files.filter((file) => file.status === 'error')).to.deep.equal([]);
        const reported = reportedExpectations(migration);
        expect(reported.diagnostics).to.deep.equal(description.diagnostics ?? []);
        expect(reported.blocked).to.deep.equal(description.blocked ?? []);
      });

      const typeScriptFiles = listFiles(fixture.expectedDirectory).filter((file) => /\.(ts|mts|cts|tsx)$/.test(file));
      if (typeScriptFiles.length > 0) {
        it('type-checks expected/ against the installed GLIDE types', function () {
          const files = typeScriptFiles.map((file) => path.join(fixture.expectedDirectory, file));
          expect(typeCheckFiles(files).map((entry) => `${entry.file}:${entry.line}: ${entry.message}`)).to.deep.equal([]);
        });
      }

      if (description.entry && !description.expectedDiffers) {
        it('behaves the same against a real valkey-server: stdout and keyspace', async function () {
          await expectSameBehaviour(server, fixture, fixture.expectedDirectory);
        });
      }

      if (description.entry && partial) {
        it('does no harm: the default migration behaves like input/, with both clients installed', async function () {
          const { files } = await migrateTree(fixture.inputDirectory);
          const directory = materialise(files);
          try {
            await expectSameBehaviour(server, fixture, directory);
          } finally {
            rmSync(directory, { recursive: true, force: true });
          }
        });
      }
    });
  }
});
