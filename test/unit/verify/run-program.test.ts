/**
 * Running one side: arguments and environment reach the program; at the timeout the program and whatever it started
 * in the background are killed (its own process group), and so they are when the run is aborted.
 */
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CleanupScope } from '../../../src/verify/cleanup-scope.js';
import { runProgram, type RunProgramOptions } from '../../../src/verify/run-program.js';
import { isProcessAlive } from '../../helpers/process-alive.js';

/** Starts a grandchild that would sleep for a minute, prints its pid, then waits forever. */
const SPAWNS_AND_HANGS = `const { spawn } = require('node:child_process');
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
console.log(sleeper.pid);
setInterval(() => {}, 1000);
`;

async function eventually(check: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < 50 && !check(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  return check();
}

describe('verify: running a program', function () {
  let directory: string;
  let scope: CleanupScope;
  const options = (overrides: Partial<RunProgramOptions>): RunProgramOptions => ({
    nodeArguments: [],
    entry: 'main.cjs',
    args: [],
    cwd: directory,
    env: {},
    timeoutMs: 10_000,
    scope,
    ...overrides,
  });
  beforeEach(function () {
    directory = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-run-test-'));
    writeFileSync(path.join(directory, 'main.cjs'), "console.log(process.argv.slice(2).join(' '), process.env.VALKEY_PORT); process.exitCode = 4;\n");
    writeFileSync(path.join(directory, 'hang.cjs'), SPAWNS_AND_HANGS);
    scope = new CleanupScope();
  });
  afterEach(async function () {
    await scope.dispose();
    rmSync(directory, { recursive: true, force: true });
  });

  it('passes the arguments and the environment on, and returns output and exit code', async function () {
    const run = await runProgram(options({ args: ['a', 'b c'], env: { VALKEY_PORT: '7001' } }));
    expect(run).to.include({ exitCode: 4, signal: null, stdout: 'a b c 7001\n', stderr: '', timedOut: false });
  });

  it('kills the program and what it started at the timeout', async function () {
    const run = await runProgram(options({ entry: 'hang.cjs', timeoutMs: 1_000 }));
    expect(run).to.include({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    const grandchild = Number(run.stdout.trim());
    expect(grandchild).to.be.greaterThan(0);
    expect(await eventually(() => !isProcessAlive(grandchild))).to.equal(true);
  });

  it('kills the program and what it started when aborted, and rejects with the reason', async function () {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('enough')), 500);
    let failure: unknown;
    await runProgram(options({ entry: 'hang.cjs', signal: controller.signal })).catch((error: unknown) => (failure = error));
    expect((failure as Error).message).to.equal('enough');
  });
});
