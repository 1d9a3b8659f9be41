/**
 * The CLI loads a command's modules when that command runs: `--version`, `--help` and `glide-codemod mcp` (whose
 * server loads the engine on its first tool call) never load jscodeshift, recast or ts-morph. Checked in a fresh
 * process on the built CLI; dist/ is built by `npm test`'s pretest step.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('CLI start-up', function () {
  it('loads no engine library for --version and --help, and loads them for a command that needs them', function () {
    const script = `
      import { createRequire } from 'node:module';
      import { runCli } from './dist/src/cli/run-cli.js';
      const heavy = () => [...new Set(Object.keys(createRequire(import.meta.url).cache)
        .map((file) => /node_modules[\\\\/](jscodeshift|recast|ts-morph)[\\\\/]/.exec(file)?.[1]).filter(Boolean))].sort();
      const io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd(), stderrIsTty: false };
      await runCli(['--version'], io);
      await runCli(['migrate', '--help'], io);
      const before = heavy();
      await runCli(['explain', 'zAdd'], io);
      process.stderr.write(JSON.stringify({ before, after: heavy() }));
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).to.equal(0);
    const { before, after } = JSON.parse(run.stderr) as { before: string[]; after: string[] };
    expect(before).to.deep.equal([]);
    // Proves the probe sees those modules at all, so the empty list above means something.
    expect(after).to.include.members(['ts-morph']);
  });
});
