/**
 * Writes are all-or-nothing: a failure or a cancellation while staging leaves every original untouched and no
 * file of ours behind; a cancellation while renaming puts the originals back; a journal left by a killed write is
 * finished or undone by the recovery, whichever state it was in.
 */
import { expect } from 'chai';
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WriteError } from '../../../src/engine/errors.js';
import { writeAllOrNothing } from '../../../src/engine/write-files.js';
import { BACKUP_SUFFIX, JOURNAL_FILE, journalEntryFor, recoverInterruptedWrites, saveJournal, STAGING_SUFFIX, type Journal } from '../../../src/engine/write-journal.js';
import { createTempProject, type TempProject } from '../../helpers/temp-project.js';

describe('writeAllOrNothing', function () {
  let project: TempProject;
  afterEach(function () {
    project?.remove();
  });
  const at = (file: string) => path.join(project.root, file);

  it('replaces every file when all can be staged, leaving no journal, staged file or backup', async function () {
    project = createTempProject({ 'a.ts': 'old a', 'src/b.ts': 'old b' });
    await writeAllOrNothing([
      { path: at('a.ts'), text: 'new a' },
      { path: at('src/b.ts'), text: 'new b' },
    ]);
    expect(project.read()).to.deep.equal({ 'a.ts': 'new a', 'src/b.ts': 'new b' });
  });

  it('replaces nothing and leaves nothing of its own when one file cannot be staged', async function () {
    project = createTempProject({ 'a.ts': 'old a', 'b.ts': 'old b' });
    // A directory where b.ts's staged text would go makes its staging fail after a.ts was staged.
    mkdirSync(at(`b.ts${STAGING_SUFFIX}`));
    let failure: unknown;
    try {
      await writeAllOrNothing([
        { path: at('a.ts'), text: 'new a' },
        { path: at('b.ts'), text: 'new b' },
      ]);
    } catch (error) {
      failure = error;
    }
    expect(failure).to.be.instanceOf(WriteError);
    expect(project.read()).to.deep.equal({ 'a.ts': 'old a', 'b.ts': 'old b' });
  });

  it('replaces nothing when cancelled while staging', async function () {
    project = createTempProject({ 'a.ts': 'old a', 'b.ts': 'old b', 'c.ts': 'old c' });
    const controller = new AbortController();
    // Cancelled once the first file is staged: the write yields to the event loop after each file.
    setImmediate(() => controller.abort());
    let failure: unknown;
    try {
      await writeAllOrNothing(['a.ts', 'b.ts', 'c.ts'].map((file) => ({ path: at(file), text: `new ${file[0]}` })), { signal: controller.signal });
    } catch (error) {
      failure = error;
    }
    expect(controller.signal.aborted).to.equal(true);
    expect(failure).to.be.instanceOf(Error);
    expect(project.read()).to.deep.equal({ 'a.ts': 'old a', 'b.ts': 'old b', 'c.ts': 'old c' });
  });

  it('puts every original back when cancelled while renaming', async function () {
    const files = Array.from({ length: 6 }, (_, index) => `f${index}.ts`);
    project = createTempProject(Object.fromEntries(files.map((file) => [file, `old ${file}`])));
    const controller = new AbortController();
    // The write yields to the event loop after each renamed file: cancelled as soon as the first file is new.
    let renamedBeforeCancel = false;
    const watch = () => {
      if (readFileSync(at(files[0]), 'utf8').startsWith('new')) {
        renamedBeforeCancel = true;
        controller.abort();
      } else setImmediate(watch);
    };
    setImmediate(watch);
    let failure: unknown;
    try {
      await writeAllOrNothing(files.map((file) => ({ path: at(file), text: `new ${file}` })), { signal: controller.signal });
    } catch (error) {
      failure = error;
    }
    expect(renamedBeforeCancel, 'cancelled during the renames').to.equal(true);
    expect(failure, 'the write was cancelled').to.be.instanceOf(Error);
    expect(project.read()).to.deep.equal(Object.fromEntries(files.map((file) => [file, `old ${file}`])));
  });

  it('writes a symlinked file through to its target and keeps the link a link', async function () {
    project = createTempProject({ 'real/store.ts': 'old' });
    symlinkSync(at('real/store.ts'), at('store.ts'));
    await writeAllOrNothing([
      { path: at('store.ts'), text: 'new' },
      { path: at('real/store.ts'), text: 'new' },
    ]);
    expect(lstatSync(at('store.ts')).isSymbolicLink()).to.equal(true);
    expect(readFileSync(at('real/store.ts'), 'utf8')).to.equal('new');
  });
});

describe('recoverInterruptedWrites', function () {
  let project: TempProject;
  afterEach(function () {
    project?.remove();
  });

  /** The files a write of a.ts and b.ts killed in `state` leaves, with `renamed` of them already renamed. */
  function interrupted(state: Journal['state'], renamed: number): void {
    project = createTempProject({ 'a.ts': 'old a', 'b.ts': 'old b' });
    const entries = ['a.ts', 'b.ts'].map((file) => journalEntryFor(path.join(project.root, file)));
    saveJournal(project.root, { version: 1, state, entries });
    entries.forEach((entry, index) => {
      writeFileSync(entry.backup, `old ${path.basename(entry.target)[0]}`);
      const text = `new ${path.basename(entry.target)[0]}`;
      if (index < renamed) writeFileSync(entry.target, text);
      else writeFileSync(entry.staging, text);
    });
  }

  it('undoes a write killed while staging: the tree is all old', function () {
    interrupted('staging', 0);
    const [recovery] = recoverInterruptedWrites([project.root]);
    expect(recovery).to.include({ outcome: 'restored', files: 2 });
    expect(project.read()).to.deep.equal({ 'a.ts': 'old a', 'b.ts': 'old b' });
  });

  it('finishes a write killed while renaming: the tree is all new', function () {
    interrupted('committing', 1);
    const [recovery] = recoverInterruptedWrites([path.join(project.root, 'a.ts')]);
    expect(recovery).to.include({ outcome: 'completed', files: 2 });
    expect(project.read()).to.deep.equal({ 'a.ts': 'new a', 'b.ts': 'new b' });
  });

  it('finishes putting the originals back after a write killed while rolling back: the tree is all old', function () {
    interrupted('rolling-back', 1);
    expect(recoverInterruptedWrites([project.root])[0]).to.include({ outcome: 'restored' });
    expect(project.read()).to.deep.equal({ 'a.ts': 'old a', 'b.ts': 'old b' });
  });

  it('finds nothing to do where there is no journal, and leaves a journal it cannot read alone', function () {
    project = createTempProject({ 'a.ts': 'old a', [JOURNAL_FILE]: 'not json', [`b.ts${BACKUP_SUFFIX}`]: 'x' });
    expect(recoverInterruptedWrites([project.root])).to.deep.equal([]);
    expect(Object.keys(project.read()).sort()).to.deep.equal([JOURNAL_FILE, 'a.ts', `b.ts${BACKUP_SUFFIX}`].sort());
  });
});
