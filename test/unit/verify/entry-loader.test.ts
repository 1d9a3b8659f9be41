/** How an entry is started: JavaScript bare, TypeScript through the project's tsx when it has one, else this package's. */
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loaderArguments } from '../../../src/verify/entry-loader.js';
import { UnsupportedEntryError } from '../../../src/verify/verify-errors.js';
import { REPOSITORY_MODULES } from '../../helpers/link-repository-modules.js';

describe('verify: entry loader', function () {
  let project: string;
  beforeEach(function () {
    project = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-loader-test-'));
  });
  afterEach(function () {
    rmSync(project, { recursive: true, force: true });
  });

  it('runs JavaScript on plain node', function () {
    for (const entry of ['main.js', 'main.mjs', 'src/main.cjs']) expect(loaderArguments(entry, project), entry).to.deep.equal([]);
  });

  it("runs TypeScript through the project's own tsx when it has one", function () {
    const tsx = path.join(project, 'node_modules/tsx');
    mkdirSync(path.join(tsx, 'dist'), { recursive: true });
    writeFileSync(path.join(tsx, 'package.json'), JSON.stringify({ name: 'tsx', exports: { '.': './dist/loader.mjs' } }));
    writeFileSync(path.join(tsx, 'dist/loader.mjs'), '');
    expect(loaderArguments('main.ts', project)).to.deep.equal(['--import', pathToFileURL(path.join(realpathSync(tsx), 'dist/loader.mjs')).href]);
  });

  it("falls back to the tsx next to this package, and refuses what is neither language", function () {
    const [flag, url] = loaderArguments('main.mts', project);
    expect(flag).to.equal('--import');
    expect(url).to.equal(pathToFileURL(path.join(realpathSync(REPOSITORY_MODULES), 'tsx/dist/loader.mjs')).href);
    expect(() => loaderArguments('main.py', project)).to.throw(UnsupportedEntryError);
  });
});
