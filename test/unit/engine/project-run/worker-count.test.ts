/** How many threads a project run uses: this thread for few client files, a thread per share up to the cores, or as forced. */
import { expect } from 'chai';
import { availableParallelism } from 'node:os';
import { CLIENT_FILES_PER_WORKER, workerCount } from '../../../../src/engine/project-run/worker-count.js';

describe('workerCount', function () {
  it('keeps a project with few client files in this thread', function () {
    expect(workerCount({ clientFiles: 0, files: 5000 })).to.equal(1);
    expect(workerCount({ clientFiles: 2 * CLIENT_FILES_PER_WORKER - 1, files: 5000 })).to.equal(1);
  });

  it('gives a larger one a thread per share of client files, up to the cores', function () {
    const cores = availableParallelism();
    expect(workerCount({ clientFiles: 2 * CLIENT_FILES_PER_WORKER, files: 5000 })).to.equal(Math.min(2, cores));
    expect(workerCount({ clientFiles: 1000 * CLIENT_FILES_PER_WORKER, files: 100_000 })).to.equal(cores);
  });

  it('takes a forced count, but never more threads than files', function () {
    expect(workerCount({ forced: 4, clientFiles: 0, files: 100 })).to.equal(4);
    expect(workerCount({ forced: 1, clientFiles: 10_000, files: 10_000 })).to.equal(1);
    expect(workerCount({ forced: 8, clientFiles: 2, files: 3 })).to.equal(3);
    expect(workerCount({ forced: 8, clientFiles: 0, files: 0 })).to.equal(1);
  });
});
