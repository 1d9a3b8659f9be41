/**
 * `glide-codemod check`, run as a CI job would: findings for clients still on ioredis / node-redis, TODOs and GLIDE
 * pitfalls, the four formats, suppressions, the baseline (which survives lines moving), and the exit codes.
 */
import { expect } from 'chai';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';
import { createRequire } from 'node:module';
import type * as AjvDraft04Module from 'ajv-draft-04';

const NODE_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules');

const MIGRATABLE = "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\nawait redis.quit();\n";
const BLOCKED = "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.call('RPOPLPUSH', 'a', 'b');\nawait redis.quit();\n";
const ON_GLIDE = [
  "import { GlideClient } from '@valkey/valkey-glide';",
  'const client = await GlideClient.createClient({ addresses: [{ host: "localhost" }] });',
  '// TODO(glide-codemod): raw-commands: no rule migrates XLEN yet; migrate it by hand',
  "await client.customCommand(['XLEN', 'events']);",
  "await client.customCommand(['GET', 'k']);",
  'client.close();',
  '',
].join('\n');

describe('glide-codemod check', function () {
  this.timeout(120_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  /** A project whose GLIDE imports resolve, as they do in a user's project with its dependencies installed. */
  function projectWith(files: Record<string, string>): TempProject {
    const created = createTempProject(files);
    symlinkSync(NODE_MODULES, path.join(created.root, 'node_modules'));
    return created;
  }

  it('exits 0 with no findings', function () {
    project = projectWith({ 'src/plain.js': 'export const answer = 42;\n' });
    const run = runBuiltCli(['check', 'src'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.equal('no findings in 1 file(s)\n');
  });

  it('reports a migratable client, a blocked one with its blocking site, a TODO and a pitfall, and exits 1', function () {
    project = projectWith({ 'src/cache.js': MIGRATABLE, 'src/queue.js': BLOCKED, 'src/glide.js': ON_GLIDE });
    const run = runBuiltCli(['check', 'src'], project.root);
    expect(run.exitCode, run.stderr).to.equal(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).to.have.length(5);
    expect(lines[0]).to.match(/^src\/cache\.js:2:\d+  error  client-migratable  client `redis` is still on ioredis; the migration is automatic/);
    expect(lines[1]).to.equal("src/glide.js:3:4  error  raw-commands  TODO left by the migration: no rule migrates XLEN yet; migrate it by hand");
    expect(lines[2]).to.match(/^src\/glide\.js:5:\d+  error  custom-command-has-typed-method  customCommand sends GET/);
    expect(lines[3]).to.match(/^src\/queue\.js:2:\d+  error  client-blocked  client `redis` stays on ioredis, blocked by src\/queue\.js:3 \(raw-commands: /);
    expect(lines[4]).to.equal('4 finding(s) in 3 file(s)');
    expect(project.read()['src/cache.js']).to.equal(MIGRATABLE);
  });

  it('honours a suppression with a reason on the line or the one above, and reports one without a reason or that suppresses nothing', function () {
    const suppressed = MIGRATABLE.replace("const redis", "// glide-codemod-ignore client-migratable -- moves with the cache rewrite\nconst redis");
    const careless = "// glide-codemod-ignore client-blocked\nexport const x = 1;\n";
    project = projectWith({ 'src/cache.js': suppressed, 'src/other.js': careless });
    const run = runBuiltCli(['check', 'src'], project.root);
    expect(run.stdout).to.equal(
      [
        "src/other.js:1:4  error  suppression-without-reason  glide-codemod-ignore client-blocked gives no reason: write one after ' -- '",
        'src/other.js:1:4  warning  unused-suppression  glide-codemod-ignore client-blocked suppresses nothing on this line or the next; remove it',
        '2 finding(s) in 2 file(s) (1 suppressed)',
        '',
      ].join('\n'),
    );
    expect(run.exitCode).to.equal(1);
  });

  it('fails only on findings not in the baseline, and still knows a finding whose line moved', function () {
    project = projectWith({ 'src/cache.js': MIGRATABLE });
    const written = runBuiltCli(['check', 'src', '--baseline', 'baseline.json', '--update-baseline'], project.root);
    expect(written.exitCode, written.stderr).to.equal(0);
    expect(JSON.parse(readFileSync(path.join(project.root, 'baseline.json'), 'utf8')).fingerprints).to.have.length(1);
    writeFileSync(path.join(project.root, 'src/cache.js'), `// a comment moves every line down\n\n${MIGRATABLE}`);
    const moved = runBuiltCli(['check', 'src', '--baseline', 'baseline.json'], project.root);
    expect(moved.exitCode, moved.stdout).to.equal(0);
    expect(moved.stdout).to.equal('no findings in 1 file(s) (1 in the baseline)\n');
    writeFileSync(path.join(project.root, 'src/queue.js'), BLOCKED);
    const added = runBuiltCli(['check', 'src', '--baseline', 'baseline.json'], project.root);
    expect(added.exitCode).to.equal(1);
    expect(added.stdout).to.match(/^src\/queue\.js:2:\d+  error  client-blocked /);
  });

  it('prints SARIF 2.1.0 with the rules, locations and fingerprints', function () {
    project = projectWith({ 'src/queue.js': BLOCKED });
    const run = runBuiltCli(['check', 'src', '--format', 'sarif'], project.root);
    expect(run.exitCode).to.equal(1);
    const log = JSON.parse(run.stdout);
    expect(log.version).to.equal('2.1.0');
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).to.equal('glide-codemod');
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).to.deep.equal(['client-blocked']);
    const [result] = sarifRun.results;
    expect(result.ruleId).to.equal('client-blocked');
    expect(result.level).to.equal('error');
    expect(result.locations[0].physicalLocation.artifactLocation.uri).to.equal('src/queue.js');
    expect(result.locations[0].physicalLocation.region.startLine).to.equal(2);
    expect(result.partialFingerprints['glideCodemod/v1']).to.match(/^[0-9a-f]{32}$/);
  });

  it('prints SARIF that validates against the SARIF 2.1.0 JSON schema, for every kind of finding', function () {
    // The OASIS schema (JSON Schema draft 04) as Microsoft's SARIF test matchers ship it (a devDependency, used for nothing else).
    const schemaFile = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
    // The CommonJS module is the class, and has it as its default too.
    const AjvDraft04 = (createRequire(import.meta.url)('ajv-draft-04') as typeof AjvDraft04Module).default.default;
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
    project = projectWith({ 'src/queue.js': BLOCKED, 'src/cache.js': MIGRATABLE, 'src/glide.mjs': ON_GLIDE });
    const run = runBuiltCli(['check', 'src', '--format', 'sarif'], project.root);
    const log = JSON.parse(run.stdout);
    expect(log.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).to.include.members(['client-blocked', 'client-migratable', 'raw-commands', 'custom-command-has-typed-method']);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).to.equal(true);
    // The schema is not vacuous: a result without a message is refused.
    delete log.runs[0].results[0].message;
    expect(validate(log)).to.equal(false);
  });

  it('prints GitHub annotations and the JSON report', function () {
    project = projectWith({ 'src/cache.js': MIGRATABLE });
    const github = runBuiltCli(['check', 'src', '--format', 'github'], project.root);
    expect(github.stdout).to.match(/^::error file=src\/cache\.js,line=2,col=\d+,title=client-migratable::client `redis` is still on ioredis/);
    const json = JSON.parse(runBuiltCli(['check', 'src', '--format', 'json'], project.root).stdout);
    expect(json.findings).to.have.length(1);
    expect(json.findings[0]).to.include({ ruleId: 'client-migratable', file: 'src/cache.js', line: 2, severity: 'error' });
    expect(json.files).to.equal(1);
  });

  it('exits 2 on usage errors: no path, a path that is not there, an unknown format, a baseline that is not one', function () {
    project = projectWith({ 'src/cache.js': MIGRATABLE, 'bad.json': '{"fingerprints": 3}' });
    expect(runBuiltCli(['check'], project.root).exitCode).to.equal(2);
    const missing = runBuiltCli(['check', 'nope'], project.root);
    expect([missing.exitCode, missing.stderr]).to.deep.equal([2, 'glide-codemod: no such file or directory: nope\n']);
    expect(runBuiltCli(['check', 'src', '--format', 'xml'], project.root).exitCode).to.equal(2);
    const bad = runBuiltCli(['check', 'src', '--baseline', 'bad.json'], project.root);
    expect([bad.exitCode, bad.stderr]).to.deep.equal([2, 'glide-codemod: bad.json is not a glide-codemod baseline (write one with --update-baseline)\n']);
  });

  it('reads glide-codemod.config.json: the paths to check, exclusions, severities and the baseline', function () {
    const config = { include: ['src'], exclude: ['src/legacy/'], rules: { 'client-migratable': 'warning' }, baseline: 'ci/baseline.json' };
    project = projectWith({ 'glide-codemod.config.json': JSON.stringify(config), 'src/cache.js': MIGRATABLE, 'src/legacy/queue.js': BLOCKED, 'ci/.keep': '' });
    const before = runBuiltCli(['check'], project.root);
    expect([before.exitCode, before.stderr]).to.deep.equal([2, 'glide-codemod: no baseline at ci/baseline.json (write one with --update-baseline)\n']);
    expect(runBuiltCli(['check', '--update-baseline'], project.root).exitCode).to.equal(0);
    expect(JSON.parse(readFileSync(path.join(project.root, 'ci/baseline.json'), 'utf8')).fingerprints).to.have.length(1);
    const run = runBuiltCli(['check', '--format', 'json'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(JSON.parse(run.stdout)).to.include({ baselined: 1 });
    writeFileSync(path.join(project.root, 'ci/baseline.json'), '{ "version": 1, "fingerprints": [] }');
    const warned = runBuiltCli(['check'], project.root);
    expect(warned.exitCode, warned.stderr).to.equal(0);
    expect(warned.stdout).to.match(/^src\/cache\.js:2:\d+  warning  client-migratable /);
    writeFileSync(path.join(project.root, 'glide-codemod.config.json'), '{ "rules": { "client-blocked": "fatal" } }');
    const bad = runBuiltCli(['check', 'src'], project.root);
    expect(bad.exitCode).to.equal(2);
    expect(bad.stderr).to.match(/glide-codemod\.config\.json: "rules\.client-blocked": Invalid enum value/);
  });

  it('fails on an ioredis app with a finding per client, and passes once migrate --write has migrated it', function () {
    project = projectWith({});
    cpSync(path.join(FIXTURES_ROOT, 'apps/leaderboard-ioredis-ts/input'), path.join(project.root, 'src'), { recursive: true });
    const before = runBuiltCli(['check', 'src'], project.root);
    expect(before.exitCode, before.stderr).to.equal(1);
    expect(before.stdout).to.match(/^src\/main\.ts:5:15  error  client-migratable  client `redis` is still on ioredis/m);
    const migrated = runBuiltCli(['migrate', '--write', 'src'], project.root);
    expect(migrated.exitCode, migrated.stderr).to.equal(0);
    const after = runBuiltCli(['check', 'src'], project.root);
    expect([after.exitCode, after.stdout]).to.deep.equal([0, 'no findings in 2 file(s)\n']);
  });

  it('prunes a fixed finding from the baseline when it is updated', function () {
    project = projectWith({ 'src/cache.js': MIGRATABLE, 'src/queue.js': BLOCKED });
    runBuiltCli(['check', 'src', '--baseline', 'b.json', '--update-baseline'], project.root);
    expect(JSON.parse(readFileSync(path.join(project.root, 'b.json'), 'utf8')).fingerprints).to.have.length(2);
    writeFileSync(path.join(project.root, 'src/queue.js'), 'export const queue = [];\n');
    expect(runBuiltCli(['check', 'src', '--baseline', 'b.json'], project.root).stdout).to.equal('no findings in 2 file(s) (1 in the baseline)\n');
    runBuiltCli(['check', 'src', '--baseline', 'b.json', '--update-baseline'], project.root);
    expect(JSON.parse(readFileSync(path.join(project.root, 'b.json'), 'utf8')).fingerprints).to.have.length(1);
  });
});
