/** Discovery walks directories in a stable order, honours .gitignore and skips dependencies and build output. */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { discoverSourceFiles } from '../../../src/engine/discover.js';
import { UnreadableFileError } from '../../../src/engine/errors.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';

describe('discoverSourceFiles', function () {
  let project: TempProject;
  afterEach(function () {
    project?.remove();
  });

  it('lists source files sorted, without ignored, dependency, build or declaration files', function () {
    project = createTempProject({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'src/b.ts': '',
      'src/a.js': '',
      'src/nested/c.mjs': '',
      'src/nested/.gitignore': 'local.ts\n',
      'src/nested/local.ts': '',
      'src/types.d.ts': '',
      'src/schema.gen.ts': '',
      'generated/x.ts': '',
      'node_modules/dep/index.js': '',
      'dist/out.js': '',
      'README.md': '',
    });
    const found = discoverSourceFiles(['.'], project.root).map((file) => path.relative(project.root, file));
    expect(found).to.deep.equal(['src/a.js', 'src/b.ts', 'src/nested/c.mjs']);
  });

  it('takes an explicitly named file even when an ignore rule matches it', function () {
    project = createTempProject({ '.gitignore': '*.ts\n', 'one.ts': '' });
    expect(discoverSourceFiles(['one.ts'], project.root)).to.deep.equal([path.join(project.root, 'one.ts')]);
  });

  it('throws UnreadableFileError for a path that does not exist', function () {
    project = createTempProject({});
    expect(() => discoverSourceFiles(['missing'], project.root)).to.throw(UnreadableFileError, 'no such file or directory');
  });

  it('refuses a FIFO named like a source file instead of blocking on it, and skips one inside a folder', function () {
    project = createTempProject({ 'src/real.ts': '' });
    execFileSync('mkfifo', [path.join(project.root, 'src/pipe.ts')]);
    expect(() => discoverSourceFiles(['src/pipe.ts'], project.root)).to.throw(UnreadableFileError, 'not a regular file');
    expect(discoverSourceFiles(['src'], project.root).map((file) => path.relative(project.root, file))).to.deep.equal(['src/real.ts']);
  });
});
