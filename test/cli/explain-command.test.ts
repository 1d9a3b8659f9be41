/** `glide-codemod explain`, run as a user would: text and JSON answers, a search, and exit 2 for what it does not know. */
import { expect } from 'chai';
import os from 'node:os';
import { runBuiltCli } from '../helpers/run-cli.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';

describe('glide-codemod explain', function () {
  this.timeout(60_000);

  it('prints the names in each client, GLIDE’s signature, what differs, the rule and an example', function () {
    const run = runBuiltCli(['explain', 'pfAdd'], FIXTURES_ROOT);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('PFADD  (hyperloglog)  https://valkey.io/commands/pfadd/');
    expect(run.stdout).to.include('  node-redis:   pfAdd, PFADD');
    expect(run.stdout).to.include('    pfadd(key: GlideString, elements: GlideString[]): Promise<boolean>');
    expect(run.stdout).to.include('  Migrated:     automatically, by boolean-reply-to-integer (docs/rules/boolean-reply-to-integer.md)');
    expect(run.stdout).to.match(/ {4}- .*client\.pfAdd\(/);
    expect(run.stdout).to.match(/ {4}\+ .*client\.pfadd\(/);
  });

  it('prints the answer as JSON with --json', function () {
    const run = runBuiltCli(['explain', 'ZREMRANGEBYRANK', '--json'], FIXTURES_ROOT);
    expect(run.exitCode, run.stderr).to.equal(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.kind).to.equal('commands');
    expect(answer.commands[0].names).to.deep.equal({ ioredis: ['zremrangebyrank'], nodeRedis: ['zRemRangeByRank', 'ZREMRANGEBYRANK'], glide: ['zremRangeByRank'] });
  });

  it('says why a GLIDE method is not migrated yet', function () {
    const run = runBuiltCli(['explain', 'hpersist'], FIXTURES_ROOT);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('hpersist  (GLIDE method, hashes)');
    expect(run.stdout).to.include('  Migrated:     no: not migrated yet');
  });

  it('lists the matches of --search', function () {
    const run = runBuiltCli(['explain', '--search', 'hyperloglog'], FIXTURES_ROOT);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0])).to.deep.equal(['PFADD', 'PFCOUNT', 'PFMERGE']);
  });

  it('exits 2 for an unknown name and suggests the closest ones', function () {
    const run = runBuiltCli(['explain', 'hgetal'], FIXTURES_ROOT);
    expect(run.exitCode).to.equal(2);
    expect(run.stderr).to.equal("glide-codemod: 'hgetal' is not a command or method the codemod knows; did you mean HGETALL, HGET, hgetex?\n");
    expect(run.stdout).to.equal('');
  });

  it('exits 2 with the usage when given no name, or a name and a search', function () {
    for (const args of [['explain'], ['explain', 'get', '--search', 'x'], ['explain', 'get', 'set']]) {
      const run = runBuiltCli(args, os.tmpdir());
      expect(run.exitCode, args.join(' ')).to.equal(2);
      expect(run.stderr).to.match(/^glide-codemod: explain /);
      expect(run.stderr).to.include('Usage: glide-codemod <command> [options]');
    }
  });

  it('still answers outside a project, from the GLIDE it was installed with', function () {
    const run = runBuiltCli(['explain', 'get'], os.tmpdir());
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('    get(key: GlideString, options?: DecoderOption): Promise<GlideString | null>');
  });
});
