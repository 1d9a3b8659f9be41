/**
 * The CLI as a user meets it: the built executable on throwaway projects. Dry runs write nothing, `--write`
 * applies all files or none, a rerun changes nothing, a syntax error names its place and blocks every write.
 */
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { migrationReportSchema } from '../../src/engine/report/migration-report.js';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SERVICE = `// Keeps a visit counter.
import Redis from 'ioredis';

const redis = new Redis({ host: '127.0.0.1', port: 6379 });

export async function forget(user: string): Promise<number> {
  return redis.del('visits:' + user, 'seen:' + user); // both keys
}
`;

const UNRELATED = `export const answer = 42;\n`;

const ESM_PACKAGE = '{ "type": "module" }\n';

describe('glide-codemod migrate', function () {
  let project: TempProject;
  afterEach(function () {
    project?.remove();
  });

  it('reads the paths and a partial migration from glide-codemod.config.json, and refuses a config that is not one', function () {
    const blocked = "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.xlen('jobs');\nawait redis.quit();\n";
    const config = JSON.stringify({ include: ['src'], partial: true });
    project = createTempProject({ 'package.json': ESM_PACKAGE, 'glide-codemod.config.json': config, 'src/queue.js': blocked, 'other/queue.js': blocked });
    const run = runBuiltCli(['migrate'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('--- a/src/queue.js');
    expect(run.stdout).not.to.include('other/queue.js');
    expect(run.stdout).to.include('+// TODO(glide-codemod): unmigrated-call: xlen()');
    expect(run.stdout).to.include('Partial migration');
    // Without the config's partial, the same client stays as written.
    const strict = runBuiltCli(['migrate', '--config', 'strict.json'], project.root);
    expect(strict.exitCode).to.equal(2);
    expect(strict.stderr).to.include('strict.json: no such file');
    writeFileSync(path.join(project.root, 'strict.json'), JSON.stringify({ include: ['src'] }));
    const kept = runBuiltCli(['migrate', '--config', 'strict.json'], project.root);
    expect(kept.stdout).to.include('0 client(s) migrated, 1 left as written');
    writeFileSync(path.join(project.root, 'bad.json'), JSON.stringify({ partial: 'yes' }));
    const bad = runBuiltCli(['migrate', 'src', '--config', 'bad.json'], project.root);
    expect([bad.exitCode, bad.stderr.trim()]).to.deep.equal([2, `glide-codemod: ${project.root}/bad.json: "partial": Expected boolean, received string`]);
  });

  it('refuses a report path it cannot write before touching any file, with no stack trace', function () {
    project = createTempProject({ 'package.json': ESM_PACKAGE, 'src/service.ts': SERVICE });
    const run = runBuiltCli(['migrate', '--write', '--force', '--report', 'missing/folder/report.json', 'src'], project.root);
    expect(run.exitCode).to.equal(2);
    expect(run.stderr).to.match(/^glide-codemod: --report missing\/folder\/report.json: no such folder /);
    expect(run.stderr).not.to.include('    at ');
    expect(project.read()).to.deep.equal({ 'package.json': ESM_PACKAGE, 'src/service.ts': SERVICE });
  });

  it('answers --help on any command and --version with exit 0', function () {
    project = createTempProject({ 'package.json': ESM_PACKAGE });
    const help = runBuiltCli(['migrate', '--help'], project.root);
    expect([help.exitCode, help.stdout.startsWith('Usage: glide-codemod')]).to.deep.equal([0, true]);
    const version = runBuiltCli(['--version'], project.root);
    expect(version.exitCode).to.equal(0);
    expect(version.stdout).to.match(/^\d+\.\d+\.\d+\n$/);
  });

  it('prints a diff and a summary on a dry run and writes nothing', function () {
    // An ES module package: the migrated client is awaited where it is created (TypeScript outside one runs as CommonJS).
    project = createTempProject({ 'package.json': ESM_PACKAGE, 'src/service.ts': SERVICE, 'src/answer.ts': UNRELATED });
    const run = runBuiltCli(['migrate', 'src'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('--- a/src/service.ts');
    expect(run.stdout).to.include("+  return redis.del(['visits:' + user, 'seen:' + user]); // both keys");
    expect(run.stdout).to.include('2 file(s): 1 changed, 0 unchanged, 1 skipped, 0 failed');
    expect(run.stdout).to.include('Dry run: nothing written.');
    expect(project.read()).to.deep.equal({ 'package.json': ESM_PACKAGE, 'src/answer.ts': UNRELATED, 'src/service.ts': SERVICE });
  });

  it('applies with --write, keeps comments, and changes nothing the second time', function () {
    project = createTempProject({ 'service.ts': SERVICE });
    const first = runBuiltCli(['migrate', '--write', '.'], project.root);
    expect(first.exitCode, first.stderr).to.equal(0);
    const migrated = project.read()['service.ts'];
    expect(migrated).to.include("import { GlideClient, Logger } from '@valkey/valkey-glide';");
    expect(migrated).to.include('// Keeps a visit counter.');
    expect(migrated).to.include('// both keys');
    const second = runBuiltCli(['migrate', '--write', '.'], project.root);
    expect(second.exitCode, second.stderr).to.equal(0);
    expect(second.stdout).to.include('1 file(s): 0 changed, 0 unchanged, 1 skipped, 0 failed');
    expect(project.read()['service.ts']).to.equal(migrated);
  });

  it('exits 1, names file:line:column and writes nothing when one file has a syntax error', function () {
    project = createTempProject({ 'a-service.ts': SERVICE, 'b-broken.ts': "import Redis from 'ioredis';\nconst x = ;\n" });
    const run = runBuiltCli(['migrate', '--write', '.'], project.root);
    expect(run.exitCode).to.equal(1);
    expect(run.stdout).to.include('error    b-broken.ts:2:11: syntax error');
    expect(run.stdout).to.include('Nothing was written');
    expect(project.read()['a-service.ts']).to.equal(SERVICE);
  });

  it('prints the report as JSON with --json', function () {
    project = createTempProject({ 'service.ts': SERVICE });
    const run = runBuiltCli(['migrate', '--json', '.'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    const report = migrationReportSchema.parse(JSON.parse(run.stdout));
    expect(report.written).to.equal(false);
    expect(report.files.map((file) => [file.path, file.status])).to.deep.equal([['service.ts', 'changed']]);
  });

  it('says so when no file is selected', function () {
    project = createTempProject({ 'notes.md': '# nothing here\n' });
    const run = runBuiltCli(['migrate', '.'], project.root);
    expect(run.exitCode).to.equal(0);
    expect(run.stdout).to.include('No JavaScript or TypeScript files found under .: nothing to migrate.');
  });

  it('exits 2 on usage errors and 1 for a missing path', function () {
    project = createTempProject({});
    expect(runBuiltCli(['migrate'], project.root).exitCode).to.equal(2);
    expect(runBuiltCli(['frobnicate'], project.root).exitCode).to.equal(2);
    expect(runBuiltCli(['migrate', '--bogus', '.'], project.root).exitCode).to.equal(2);
    const missing = runBuiltCli(['migrate', 'nope'], project.root);
    expect(missing.exitCode).to.equal(1);
    expect(missing.stderr).to.include('nope: cannot read file: no such file or directory');
  });
});
