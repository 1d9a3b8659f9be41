/** Writes are all-or-nothing: a failure while staging any file leaves every original untouched. */
import { expect } from 'chai';
import { lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WriteError } from '../../../src/engine/errors.js';
import { writeAllOrNothing } from '../../../src/engine/write-files.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';

describe('writeAllOrNothing', function () {
  let project: TempProject;
  afterEach(function () {
    project?.remove();
  });

  it('replaces every file when all can be staged', function () {
    project = createTempProject({ 'a.ts': 'old a', 'b.ts': 'old b' });
    writeAllOrNothing([
      { path: path.join(project.root, 'a.ts'), text: 'new a' },
      { path: path.join(project.root, 'b.ts'), text: 'new b' },
    ]);
    expect(project.read()).to.deep.equal({ 'a.ts': 'new a', 'b.ts': 'new b' });
  });

  it('replaces nothing and leaves no staging files when one file cannot be staged', function () {
    project = createTempProject({ 'a.ts': 'old a', 'b.ts': 'old b' });
    // A stale staging file for b.ts makes its exclusive create fail after a.ts was staged.
    writeFileSync(path.join(project.root, `.glide-codemod-staging-${process.pid}-b.ts`), 'stale');
    expect(() =>
      writeAllOrNothing([
        { path: path.join(project.root, 'a.ts'), text: 'new a' },
        { path: path.join(project.root, 'b.ts'), text: 'new b' },
      ]),
    ).to.throw(WriteError);
    expect(project.read()).to.deep.equal({
      [`.glide-codemod-staging-${process.pid}-b.ts`]: 'stale',
      'a.ts': 'old a',
      'b.ts': 'old b',
    });
  });

  it('writes a symlinked file through to its target and keeps the link a link', function () {
    project = createTempProject({ 'real/store.ts': 'old' });
    symlinkSync(path.join(project.root, 'real/store.ts'), path.join(project.root, 'store.ts'));
    writeAllOrNothing([
      { path: path.join(project.root, 'store.ts'), text: 'new' },
      { path: path.join(project.root, 'real/store.ts'), text: 'new' },
    ]);
    expect(lstatSync(path.join(project.root, 'store.ts')).isSymbolicLink()).to.equal(true);
    expect(readFileSync(path.join(project.root, 'real/store.ts'), 'utf8')).to.equal('new');
  });
});
