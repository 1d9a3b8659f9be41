/** The folder and entry given on the command line: found relative to the folder (or to cwd inside it), or a clear error. */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveProject } from '../../../src/verify/resolve-entry.js';
import { EntryNotFoundError, ProjectNotFoundError, UnsupportedEntryError } from '../../../src/verify/verify-errors.js';

describe('verify: project folder and entry', function () {
  let cwd: string;
  before(function () {
    cwd = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-entry-test-'));
    mkdirSync(path.join(cwd, 'app/src'), { recursive: true });
    writeFileSync(path.join(cwd, 'app/src/main.ts'), '');
    writeFileSync(path.join(cwd, 'app/README.md'), '');
    writeFileSync(path.join(cwd, 'outside.js'), '');
  });
  after(function () {
    rmSync(cwd, { recursive: true, force: true });
  });

  it('reads the entry relative to the folder, or relative to cwd when that lies inside the folder', function () {
    const expected = { directory: path.join(cwd, 'app'), entry: path.join('src', 'main.ts') };
    expect(resolveProject('app', 'src/main.ts', cwd)).to.deep.equal(expected);
    expect(resolveProject('app', 'app/src/main.ts', cwd)).to.deep.equal(expected);
    expect(resolveProject('app', path.join(cwd, 'app/src/main.ts'), cwd)).to.deep.equal(expected);
  });

  it('refuses a missing folder, an entry that is not a file inside it, and a file node cannot run', function () {
    expect(() => resolveProject('nope', 'main.js', cwd)).to.throw(ProjectNotFoundError, 'no such directory: nope');
    expect(() => resolveProject('app', 'main.js', cwd)).to.throw(EntryNotFoundError, 'the entry main.js is not a file in app');
    expect(() => resolveProject('app', '../outside.js', cwd)).to.throw(EntryNotFoundError);
    expect(() => resolveProject('app', 'src', cwd)).to.throw(EntryNotFoundError);
    expect(() => resolveProject('app', 'README.md', cwd)).to.throw(UnsupportedEntryError, '--entry takes a .js');
  });
});
