/** `glide-codemod validate`, run as a user would: findings with file:line:column and rule id, exit codes, stdin, JSON. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { CLI_ENTRY, runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';

const CLEAN = "import { GlideClient } from '@valkey/valkey-glide';\nconst client = await GlideClient.createClient({ addresses: [] });\nawait client.del(['k']);\n";
const WRONG = "import { GlideClient } from '@valkey/valkey-glide';\nconst client = await GlideClient.createClient({ addresses: [] });\nawait client.del('k');\n";

describe('glide-codemod validate', function () {
  this.timeout(60_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  it('exits 0 on clean GLIDE code', function () {
    const run = runBuiltCli(['validate', 'commands/hyperloglog/ioredis-unique-visitors-ts/expected/main.ts'], FIXTURES_ROOT);
    expect(run.exitCode, run.stderr).to.equal(0);
    expect(run.stdout).to.equal('1 file(s) checked: no problems\n');
  });

  it('prints each problem with file:line:column, severity and rule id, and exits 1', function () {
    // Inside the repository, so that @valkey/valkey-glide resolves as it would in the user's project.
    const run = spawnSync(process.execPath, [CLI_ENTRY, 'validate', '-', '--language', 'js'], { cwd: FIXTURES_ROOT, input: WRONG, encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(1);
    expect(run.stdout).to.equal(
      "stdin.js:3:18  error  string-as-list  a string where GLIDE takes a list: it would be read character by character; pass ['k']\n1 problem(s) in 1 file(s)\n",
    );
  });

  it('prints the reports as JSON with --json', function () {
    const run = spawnSync(process.execPath, [CLI_ENTRY, 'validate', '-', '--json'], { cwd: FIXTURES_ROOT, input: CLEAN, encoding: 'utf8' });
    expect(run.status, run.stderr).to.equal(0);
    expect(JSON.parse(run.stdout)).to.deep.equal([{ file: 'stdin.ts', language: 'ts', findings: [] }]);
  });

  it('exits 2 for a file that is not there, naming it, and for no file at all', function () {
    project = createTempProject({});
    const missing = runBuiltCli(['validate', 'nope.ts'], project.root);
    expect(missing.exitCode).to.equal(2);
    expect(missing.stderr).to.equal('glide-codemod: cannot read nope.ts: no such file\n');
    const none = runBuiltCli(['validate'], project.root);
    expect(none.exitCode).to.equal(2);
    expect(none.stderr).to.include('Usage: glide-codemod');
  });
});
