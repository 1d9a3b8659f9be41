/**
 * `glide-codemod generate`, run as a user would: the listing (text and JSON with every option), a project written
 * to --out exactly as the library builds it, no overwrite without --force, and exit 2 with a message and no stack
 * trace for every refusal.
 */
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { generate, GENERATORS } from '../../src/index.js';

describe('glide-codemod generate', function () {
  this.timeout(60_000);
  let project: TempProject;
  beforeEach(() => (project = createTempProject({})));
  afterEach(() => project.remove());

  const expectRefusal = (args: readonly string[], message: string) => {
    const run = runBuiltCli(args, project.root);
    expect(run.exitCode, run.stdout).to.equal(2);
    expect(run.stderr).to.include(message);
    expect(run.stderr).not.to.match(/\n\s+at /);
  };

  it('lists every generator with its options schema as JSON', function () {
    const run = runBuiltCli(['generate', '--list', '--json'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    const listed = JSON.parse(run.stdout) as { id: string; options: { name: string; description: string; default: unknown }[] }[];
    expect(listed.map((generator) => generator.id)).to.deep.equal(['client', 'cluster-client', 'distributed-lock', 'rate-limiter', 'cache-aside', 'transaction', 'pubsub', 'reliable-queue', 'leaderboard', 'geo', 'bitmaps', 'hyperloglog', 'sets', 'streams', 'stream-queue', 'pipeline', 'json', 'fastify-plugin']);
    const limiter = listed.find((generator) => generator.id === 'rate-limiter');
    expect(limiter?.options.find((option) => option.name === 'limit')).to.include({ default: 10, type: 'integer', minimum: 1 });
    for (const generator of listed) for (const option of generator.options) expect(option.description, `${generator.id}.${option.name}`).to.not.equal('');
  });

  it('lists the generators as text', function () {
    const run = runBuiltCli(['generate', '--list'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    for (const generator of GENERATORS) expect(run.stdout).to.include(`${generator.id}  ${generator.title}  [`);
  });

  it('writes the project the library builds, with --option values and the target flags', function () {
    const run = runBuiltCli(
      ['generate', 'rate-limiter', '--option', 'limit=5', '--option', 'keyPrefix=api=v1:', '--lang', 'js', '--module', 'cjs', '--out', 'limiter'],
      project.root,
    );
    expect(run.exitCode, run.stderr).to.equal(0);
    const expected = generate({ id: 'rate-limiter', options: { limit: 5, keyPrefix: 'api=v1:' }, target: { language: 'js', moduleSystem: 'cjs' } });
    const written = project.read();
    expect(Object.keys(written).sort()).to.deep.equal(expected.files.map((file) => `limiter/${file.path}`).sort());
    for (const file of expected.files) expect(written[`limiter/${file.path}`], file.path).to.equal(file.text);
    expect(written['limiter/rate-limiter.js']).to.include("const KEY_PREFIX = 'api=v1:';");
  });

  it('writes the cluster variant with --topology cluster', function () {
    const run = runBuiltCli(['generate', 'client', '--topology', 'cluster', '--out', 'cluster'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(project.read()['cluster/client.ts']).to.include('GlideClusterClient.createClient(clientConfiguration())');
  });

  it('writes a cluster-only generator for the cluster without --topology', function () {
    const run = runBuiltCli(['generate', 'cluster-client', '--out', 'routing'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(project.read()['routing/client.ts']).to.include('GlideClusterClient.createClient(clientConfiguration())');
    expect(project.read()['routing/routing.ts']).to.include("route: { type: 'primarySlotKey', key }");
  });

  it('refuses to overwrite existing files without --force, and overwrites them with it', function () {
    writeFileSync(path.join(project.root, 'README.md'), 'mine\n');
    expectRefusal(['generate', 'client', '--out', '.'], 'already has README.md; pass --force to overwrite');
    expect(readFileSync(path.join(project.root, 'README.md'), 'utf8')).to.equal('mine\n');
    expect(Object.keys(project.read())).to.deep.equal(['README.md']);
    const forced = runBuiltCli(['generate', 'client', '--out', '.', '--force'], project.root);
    expect(forced.exitCode, forced.stderr).to.equal(0);
    expect(readFileSync(path.join(project.root, 'README.md'), 'utf8')).to.include('# Valkey GLIDE client');
  });

  it('names the option that fails its schema or its type', function () {
    expectRefusal(['generate', 'rate-limiter', '--option', 'limit=0', '--out', 'x'], 'limit: Number must be greater than or equal to 1');
    expectRefusal(['generate', 'rate-limiter', '--option', 'limit=ten', '--out', 'x'], "limit: expected a number, got 'ten'");
    expectRefusal(['generate', 'client', '--option', 'factoryName=not-an-identifier', '--out', 'x'], 'factoryName: must be a JavaScript identifier');
    expectRefusal(['generate', 'client', '--option', 'colour=blue', '--out', 'x'], "colour: not an option of 'client'");
    expectRefusal(['generate', 'client', '--option', 'useTls', '--out', 'x'], "--option takes key=value, not 'useTls'");
    expect(project.read()).to.deep.equal({});
  });

  it('refuses unknown generators, unsupported targets and a missing --out', function () {
    expectRefusal(['generate', 'queue', '--out', 'x'], "there is no generator 'queue'; the generators are client, cluster-client, distributed-lock");
    expectRefusal(['generate', 'cluster-client', '--topology', 'standalone', '--out', 'x'], "the generator 'cluster-client' does not support the topology 'standalone' (it supports cluster)");
    expectRefusal(['generate', 'client', '--topology', 'mesh', '--out', 'x'], "--topology takes standalone or cluster, not 'mesh'");
    expectRefusal(['generate', 'client', '--lang', 'py', '--out', 'x'], "--lang takes ts or js, not 'py'");
    expectRefusal(['generate', 'client'], 'generate needs --out <dir>');
    expectRefusal(['generate', '--out', 'x'], 'generate needs one generator id');
  });
});
