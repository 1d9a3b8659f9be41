/**
 * The golden harness. For each case under fixtures/: (1) the migration of input/ equals expected/ byte for
 * byte, (2) migrating expected/ again changes nothing, (3) the diagnostics are those case.json lists,
 * (4) expected/ type-checks against the installed GLIDE types, and (5) input/ with its client and expected/
 * with GLIDE, each run against a freshly flushed real valkey-server, print the same and leave the same data.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startValkeyServer, type ValkeyServer } from '../helpers/valkey-server.js';
import { takeKeyspaceSnapshot } from '../helpers/keyspace-snapshot.js';
import { runNodeProgram } from '../helpers/run-node-program.js';
import { typeCheckFiles } from '../helpers/type-check.js';
import { findFixtureCases, listFiles, type FixtureCase } from './fixture-cases.js';
import { migrateTree } from './migrate-case.js';

const cases = findFixtureCases();

async function runAndSnapshot(server: ValkeyServer, fixture: FixtureCase, directory: string) {
  await server.flush();
  const entry = path.join(directory, fixture.description.entry ?? '');
  const env = { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) };
  const run = await runNodeProgram(entry, { cwd: directory, env, timeoutMs: 30_000 });
  return { run, keyspace: await takeKeyspaceSnapshot(server.url) };
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
    describe(fixture.name, function () {
      it('migrates input/ to exactly expected/', async function () {
        const { files } = await migrateTree(fixture.inputDirectory);
        const expectedFiles = listFiles(fixture.expectedDirectory);
        expect([...files.keys()].sort()).to.deep.equal(expectedFiles);
        for (const file of expectedFiles) {
          const expected = readFileSync(path.join(fixture.expectedDirectory, file), 'utf8');
          expect(files.get(file), file).to.equal(expected);
        }
      });

      it('changes nothing when run again on expected/', async function () {
        const { migration } = await migrateTree(fixture.expectedDirectory);
        expect(migration.changes.map((change) => change.path)).to.deep.equal([]);
      });

      it('reports the diagnostics listed in case.json', async function () {
        const { migration } = await migrateTree(fixture.inputDirectory);
        const reported = migration.report.files.flatMap((file) =>
          file.diagnostics.map((entry) => ({ ruleId: entry.ruleId, file: file.path, line: entry.line })),
        );
        expect(migration.report.files.filter((file) => file.status === 'error')).to.deep.equal([]);
        expect(reported).to.deep.equal(fixture.description.diagnostics ?? []);
      });

      const typeScriptFiles = listFiles(fixture.expectedDirectory).filter((file) => /\.(ts|mts|cts|tsx)$/.test(file));
      if (typeScriptFiles.length > 0) {
        it('type-checks expected/ against the installed GLIDE types', function () {
          const files = typeScriptFiles.map((file) => path.join(fixture.expectedDirectory, file));
          expect(typeCheckFiles(files).map((entry) => `${entry.file}:${entry.line}: ${entry.message}`)).to.deep.equal([]);
        });
      }

      if (fixture.description.entry) {
        it('behaves the same against a real valkey-server: stdout and keyspace', async function () {
          const original = await runAndSnapshot(server, fixture, fixture.inputDirectory);
          const migrated = await runAndSnapshot(server, fixture, fixture.expectedDirectory);
          expect(original.run.exitCode, original.run.stderr).to.equal(0);
          expect(migrated.run.exitCode, migrated.run.stderr).to.equal(0);
          expect(migrated.run.stdout).to.equal(original.run.stdout);
          expect(migrated.keyspace).to.deep.equal(original.keyspace);
        });
      }
    });
  }
});
