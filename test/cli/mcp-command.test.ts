/** `glide-codemod mcp`'s arguments: `--allow-dir` must name directories; anything else is a usage error (exit 2). */
import { expect } from 'chai';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

describe('glide-codemod mcp arguments', function () {
  this.timeout(30_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  it('exits 2 for an --allow-dir that is not a directory, and for other arguments', function () {
    project = createTempProject({ 'file.txt': 'x' });
    const missing = runBuiltCli(['mcp', '--allow-dir', 'nope'], project.root);
    expect([missing.exitCode, missing.stderr]).to.deep.equal([2, 'glide-codemod: --allow-dir nope: no such directory\n']);
    const file = runBuiltCli(['mcp', '--allow-dir', 'file.txt'], project.root);
    expect(file.exitCode).to.equal(2);
    const extra = runBuiltCli(['mcp', 'serve'], project.root);
    expect(extra.exitCode).to.equal(2);
    expect(extra.stderr).to.include('mcp takes no arguments but its options (got serve)');
    const limit = runBuiltCli(['mcp', '--max-snippet-bytes', 'lots'], project.root);
    expect([limit.exitCode, limit.stderr]).to.deep.equal([2, "glide-codemod: --max-snippet-bytes takes a positive whole number of bytes, not 'lots'\n"]);
  });
});
