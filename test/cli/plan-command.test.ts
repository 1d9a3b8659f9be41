/** `glide-codemod plan`, as a user runs it on a project: Markdown and JSON, nothing written, usage errors exit 2. */
import { expect } from 'chai';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const FILES = {
  'src/cache.js': "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\nconsole.log(await redis.get('k'));\nawait redis.quit();\n",
  'src/queue.js': "import { createClient } from 'redis';\nconst client = await createClient().connect();\nglobalThis.queue = client;\nawait client.lPush('jobs', 'a');\n",
};

describe('glide-codemod plan', function () {
  this.timeout(60_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  it('prints each client with its commands, what blocks it and the steps, and writes nothing', function () {
    project = createTempProject(FILES);
    const run = runBuiltCli(['plan', 'src'], project.root);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.include('## `redis` (ioredis, standalone) — src/cache.js:2\n\nAutomatic: every use can be migrated.');
    expect(run.stdout).to.include('| strings | get ×1, set ×1 |');
    expect(run.stdout).to.match(/## `client` \(node-redis, standalone\) — src\/queue\.js:2\n\nBlocked: 1 use\(s\) keep it on node-redis\./);
    expect(run.stdout).to.match(/- src\/queue\.js:3 \(client-escapes\): .*\n {2}- instead: the client leaves code the codemod follows/);
    expect(run.stdout).to.include('Can be removed afterwards: ioredis.');
    expect(run.stdout).to.match(/## Steps\n\n1\. Add the GLIDE client to the project/);
    expect(project.read()).to.deep.equal(FILES);
  });

  it('prints the plan as JSON with --format json', function () {
    project = createTempProject(FILES);
    const plan = JSON.parse(runBuiltCli(['plan', 'src', '--format', 'json'], project.root).stdout);
    expect(plan.families.map((family: { name: string; automatic: boolean }) => [family.name, family.automatic])).to.deep.equal([['redis', true], ['client', false]]);
    expect(plan.removableDependencies).to.deep.equal(['ioredis']);
  });

  it('exits 2 without a path, for a path that is not there and for an unknown format', function () {
    project = createTempProject(FILES);
    expect(runBuiltCli(['plan'], project.root).exitCode).to.equal(2);
    expect(runBuiltCli(['plan', 'nope'], project.root).stderr).to.equal('glide-codemod: no such file or directory: nope\n');
    expect(runBuiltCli(['plan', 'src', '--format', 'pdf'], project.root).exitCode).to.equal(2);
  });
});
