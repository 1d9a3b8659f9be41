/**
 * The project copy: every file but node_modules and .git, each node_modules a link to the original (or to the one
 * above the folder that Node would resolve), the module type inherited when the folder has no package.json.
 */
import { expect } from 'chai';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copyProject } from '../../../src/verify/copy-project.js';

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

describe('verify: copy of the project', function () {
  let scratch: string;
  beforeEach(function () {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-copy-test-'));
  });
  afterEach(function () {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('copies the sources, links each node_modules instead of copying it and leaves .git out', function () {
    const source = path.join(scratch, 'app');
    write(source, {
      'package.json': '{"type":"commonjs"}',
      'src/main.js': 'main',
      'node_modules/ioredis/index.js': 'lib',
      'packages/web/node_modules/redis/index.js': 'lib',
      'packages/web/index.js': 'web',
      '.git/HEAD': 'ref',
    });
    const copy = path.join(scratch, 'copy', 'app');
    copyProject(source, copy);
    expect(readFileSync(path.join(copy, 'src/main.js'), 'utf8')).to.equal('main');
    expect(readFileSync(path.join(copy, 'packages/web/index.js'), 'utf8')).to.equal('web');
    expect(readFileSync(path.join(copy, 'package.json'), 'utf8')).to.equal('{"type":"commonjs"}');
    for (const modules of ['node_modules', 'packages/web/node_modules']) {
      expect(lstatSync(path.join(copy, modules)).isSymbolicLink(), modules).to.equal(true);
      expect(readlinkSync(path.join(copy, modules))).to.equal(path.join(source, modules));
    }
    expect(() => lstatSync(path.join(copy, '.git'))).to.throw(/ENOENT/);
  });

  it('links the node_modules above a folder that has none, and carries the module type of the package.json above', function () {
    write(scratch, { 'package.json': '{"type":"module"}', 'node_modules/tsx/index.js': 'lib', 'fixtures/app/main.js': 'main' });
    const copy = path.join(scratch, 'copy', 'app');
    copyProject(path.join(scratch, 'fixtures/app'), copy);
    expect(readlinkSync(path.join(copy, 'node_modules'))).to.equal(path.join(scratch, 'node_modules'));
    expect(JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8'))).to.deep.equal({ private: true, type: 'module' });
  });
});
