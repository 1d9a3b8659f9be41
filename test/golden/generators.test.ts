/**
 * The generators' golden harness. For every case under fixtures/generators/: the generated files equal expected/
 * byte for byte (the same file list too), the TypeScript ones type-check against GLIDE's real types, and the demo,
 * run from expected/ as it is, exits 0 against a fresh real valkey-server (the demo exits 0 only when the
 * pattern's promise held; a case with `demoExit` must exit with its code and print its text instead); cluster
 * cases run against a fresh 3-primary cluster through VALKEY_CLUSTER_NODES.
 * `npm run goldens:generators` rewrites expected/.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '../../src/index.js';
import { findGeneratorCases } from './generator-cases.js';
import { listFiles } from './fixture-cases.js';
import { typeCheckFiles } from '../helpers/type-check.js';
import { runNodeProgram } from '../helpers/run-node-program.js';
import { startValkeyServer, type ValkeyServer } from '../helpers/valkey-server.js';
import { startValkeyCluster, type ValkeyCluster } from '../helpers/valkey-cluster.js';

const cases = findGeneratorCases();

describe('generator goldens', function () {
  this.timeout(120_000);
  let server: ValkeyServer;
  let cluster: ValkeyCluster | undefined;
  before(async function () {
    server = await startValkeyServer();
    if (cases.some((fixture) => fixture.description.target.topology === 'cluster')) cluster = await startValkeyCluster();
  });
  after(async () => {
    await server?.stop();
    await cluster?.stop();
  });

  /** The environment the demo finds its server or cluster in, freshly flushed. */
  const demoEnvironment = async (topology: string): Promise<Record<string, string>> => {
    if (topology === 'cluster') {
      if (!cluster) throw new Error('no cluster was started');
      await cluster.flush();
      return { VALKEY_CLUSTER_NODES: cluster.nodeList };
    }
    await server.flush();
    return { VALKEY_HOST: server.host, VALKEY_PORT: String(server.port) };
  };

  for (const fixture of cases) {
    describe(fixture.name, function () {
      it('generates expected/ byte for byte', function () {
        const { files } = generate({ id: fixture.generatorId, options: fixture.description.options, target: fixture.description.target });
        expect(files.map((file) => file.path).sort()).to.deep.equal(listFiles(fixture.expectedDirectory));
        for (const file of files) expect(file.text, file.path).to.equal(readFileSync(path.join(fixture.expectedDirectory, file.path), 'utf8'));
      });

      if (fixture.description.target.language === 'ts') {
        it('type-checks against the installed GLIDE types', function () {
          const sources = listFiles(fixture.expectedDirectory).filter((file) => file.endsWith('.ts'));
          expect(sources).to.include('demo.ts');
          expect(typeCheckFiles(sources, { cwd: fixture.expectedDirectory })).to.deep.equal([]);
        });
      }

      const where = fixture.description.target.topology === 'cluster' ? 'cluster' : 'valkey-server';
      const demoExit = fixture.description.demoExit;
      if (fixture.description.noDemo === undefined && demoExit === undefined) {
        it(`runs its demo against a fresh ${where} and exits 0`, async function () {
          const env = await demoEnvironment(fixture.description.target.topology);
          const entry = `demo.${fixture.description.target.language}`;
          const run = await runNodeProgram(entry, { cwd: fixture.expectedDirectory, env, timeoutMs: 30_000 });
          expect(run.exitCode, `${run.stdout}\n${run.stderr}`).to.equal(0);
          expect(run.stdout).to.not.include('FAIL');
        });
      }
      if (fixture.description.noDemo === undefined && demoExit !== undefined) {
        it(`runs its demo against a fresh ${where} and exits ${demoExit.code} with its message (${demoExit.why})`, async function () {
          const env = await demoEnvironment(fixture.description.target.topology);
          const entry = `demo.${fixture.description.target.language}`;
          const run = await runNodeProgram(entry, { cwd: fixture.expectedDirectory, env, timeoutMs: 30_000 });
          expect(run.exitCode, `${run.stdout}\n${run.stderr}`).to.equal(demoExit.code);
          expect(`${run.stdout}${run.stderr}`).to.include(demoExit.output);
        });
      }
    });
  }
});
