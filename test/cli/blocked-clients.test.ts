/**
 * The CLI's word on clients it leaves as written: by default the client stays exactly as it was and the summary
 * names each place that keeps it there and the dependency still needed; with --partial it is migrated and every
 * such place gets a TODO, and the summary says the result will not run until they are resolved.
 */
import { expect } from 'chai';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const QUEUE = `const Redis = require('ioredis');

const redis = new Redis({ host: '127.0.0.1', port: 6379 });

async function push(job) {
  await redis.rpush('jobs', job);
  return redis.xlen('jobs');
}

module.exports = { push };
`;

describe('glide-codemod migrate, a client some uses of which cannot be migrated', function () {
  let project: TempProject;
  afterEach(function () {
    project?.remove();
  });

  it('leaves it as written and names the place by default, writing nothing of it', function () {
    project = createTempProject({ 'queue.js': QUEUE });
    const run = runBuiltCli(['migrate', '--write', '.'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('blocked  queue.js:3:15: client `redis` stays on ioredis: blocked by unmigrated-call at queue.js:7');
    expect(run.stdout).to.include('queue.js:7:10: unmigrated-call: xlen() is a stream command');
    expect(run.stdout).to.include('0 client(s) migrated, 1 left as written');
    expect(run.stdout).to.include('Still needed: ioredis');
    expect(run.stdout).not.to.include('TODO(glide-codemod)');
    expect(project.read()).to.deep.equal({ 'queue.js': QUEUE });
  });

  it('migrates it with --partial, leaving a TODO at the place and saying the result will not run yet', function () {
    project = createTempProject({ 'queue.js': QUEUE });
    const run = runBuiltCli(['migrate', '--partial', '.'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('+  // TODO(glide-codemod): unmigrated-call: xlen()');
    expect(run.stdout).to.include("+const redis = GlideClient.createClient({");
    expect(run.stdout).to.include('1 client(s) migrated, 0 left as written');
    expect(run.stdout).to.include('Partial migration: the result will not run as before until every TODO(glide-codemod) is resolved.');
  });
});
