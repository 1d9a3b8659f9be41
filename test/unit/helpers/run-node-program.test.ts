/**
 * Tests for runNodeProgram with real child processes. The programs live in the system temp directory, outside this
 * repository, to prove that tsx is found by its absolute URL and not by resolution from the child's cwd.
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { NodeProgramSpawnError, runNodeProgram } from '../../helpers/run-node-program.js';

describe('runNodeProgram', () => {
  let directory: string;

  before(async () => {
    directory = await realpath(await mkdtemp(path.join(os.tmpdir(), 'run-node-program-')));
  });

  after(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('runs a TypeScript program with tsx and returns its output and exit code', async () => {
    await writeFile(
      path.join(directory, 'hello.ts'),
      [
        "const greeting: string = `hello ${process.env.GREETING_NAME ?? 'nobody'}`;",
        'console.log(greeting);',
        'console.log(process.cwd());',
        "console.error('to stderr');",
        'process.exitCode = 3;',
        '',
      ].join('\n'),
    );
    const result = await runNodeProgram('hello.ts', { cwd: directory, env: { GREETING_NAME: 'valkey' } });
    expect(result).to.deep.equal({
      stdout: `hello valkey\n${directory}\n`,
      stderr: 'to stderr\n',
      exitCode: 3,
      signal: null,
      timedOut: false,
    });
  });

  it('runs an ES module with imports and top-level await', async () => {
    const esm = path.join(directory, 'esm');
    await mkdir(esm);
    await writeFile(path.join(esm, 'package.json'), '{ "type": "module" }\n');
    await writeFile(path.join(esm, 'double.ts'), 'export const double = (n: number): number => n * 2;\n');
    await writeFile(
      path.join(esm, 'main.ts'),
      [
        "import { double } from './double.js';",
        'const value: number = await Promise.resolve(21);',
        'console.log(double(value));',
        '',
      ].join('\n'),
    );
    const result = await runNodeProgram(path.join(esm, 'main.ts'), { cwd: esm });
    expect(result.stderr).to.equal('');
    expect(result.stdout).to.equal('42\n');
    expect(result.exitCode).to.equal(0);
  });

  it('kills a program that outlives the timeout and says so', async () => {
    await writeFile(
      path.join(directory, 'hang.ts'),
      "console.log('started');\nsetInterval(() => {}, 1_000);\n",
    );
    const startedAt = Date.now();
    const result = await runNodeProgram('hang.ts', { cwd: directory, timeoutMs: 1_000 });
    const elapsed = Date.now() - startedAt;
    expect(result).to.deep.equal({ stdout: 'started\n', stderr: '', exitCode: null, signal: 'SIGKILL', timedOut: true });
    expect(elapsed).to.be.within(1_000, 3_000);
  });

  it('rejects with a typed error naming the missing working directory', async () => {
    const missing = path.join(directory, 'does-not-exist');
    const error = await runNodeProgram('main.ts', { cwd: missing }).then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error).to.be.instanceOf(NodeProgramSpawnError);
    expect((error as Error).message).to.equal(`cannot start "main.ts" in ${missing}: the working directory does not exist`);
  });
});
