/** The cleanup scope: newest first, once, on past a failing step (reported), and emergency actions for an exit that skips it. */
import { expect } from 'chai';
import { CleanupScope } from '../../../src/verify/cleanup-scope.js';

describe('verify: cleanup scope', function () {
  it('undoes every step newest first, once, going on past a step that fails and reporting it', async function () {
    const scope = new CleanupScope();
    const done: string[] = [];
    scope.add({ describe: 'folder', dispose: () => void done.push('folder') });
    scope.add({ describe: 'server', dispose: () => Promise.reject(new Error('still running')) });
    scope.add({ describe: 'program', dispose: async () => void done.push('program') });
    const failures = await scope.dispose();
    expect(done).to.deep.equal(['program', 'folder']);
    expect(failures).to.deep.equal([{ step: 'server', reason: 'still running' }]);
    expect(await scope.dispose()).to.equal(failures);
    expect(done).to.have.length(2);
  });

  it('runs only the emergency actions of steps not yet disposed, newest first', async function () {
    const scope = new CleanupScope();
    const done: string[] = [];
    scope.add({ describe: 'a', dispose: () => {}, emergency: () => void done.push('a') });
    scope.add({ describe: 'b', dispose: () => {}, emergency: () => void done.push('b') });
    scope.runEmergencyActions();
    expect(done).to.deep.equal(['b', 'a']);
    await scope.dispose();
    const disposed = new CleanupScope();
    disposed.add({ describe: 'c', dispose: () => {}, emergency: () => void done.push('c') });
    await disposed.dispose();
    disposed.runEmergencyActions();
    expect(done).to.deep.equal(['b', 'a']);
  });
});
