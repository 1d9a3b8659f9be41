/**
 * `--workers <n>` on migrate, check and plan, through the built CLI: the output is the same with one worker (this
 * thread) and with threads, and anything but a positive whole number is a usage error (exit 2).
 */
import { expect } from 'chai';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { clientFlowProject } from '../unit/engine/project-run/client-flow-project.js';

describe('--workers', function () {
  this.timeout(120_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  it('migrate, check and plan print the same with 1 and with 3 workers', function () {
    project = createTempProject(clientFlowProject(9));
    for (const command of [['migrate', '.', '--json'], ['migrate', '.'], ['check', '.', '--format', 'json'], ['plan', '.', '--format', 'json']]) {
      const single = runBuiltCli([...command, '--workers', '1'], project.root);
      const threaded = runBuiltCli([...command, '--workers', '3'], project.root);
      expect(threaded.stderr, command.join(' ')).to.equal(single.stderr);
      expect(threaded.stdout, command.join(' ')).to.equal(single.stdout);
      expect(threaded.exitCode, command.join(' ')).to.equal(single.exitCode);
      expect(single.stdout.length, command.join(' ')).to.be.greaterThan(200);
    }
  });

  it('exits 2 when --workers is not a positive whole number', function () {
    project = createTempProject({ 'a.ts': 'export const a = 1;\n' });
    for (const command of ['migrate', 'check', 'plan']) {
      for (const value of ['0', '1.5', 'many']) {
        const run = runBuiltCli([command, '.', '--workers', value], project.root);
        expect(run.exitCode, `${command} --workers ${value}`).to.equal(2);
        expect(run.stderr).to.include(`--workers takes a positive whole number of threads, not '${value}'`);
      }
      // parseArgs itself refuses a value that reads as an option.
      expect(runBuiltCli([command, '.', '--workers', '-1'], project.root).exitCode).to.equal(2);
    }
    expect(runBuiltCli(['mcp', '--workers', '0'], project.root).exitCode).to.equal(2);
  });
});
