/** The progress bar: drawn on a terminal for a run of many files, never for a short run, a pipe or --quiet. */
import { expect } from 'chai';
import { Writable } from 'node:stream';
import { progressBar } from '../../src/cli/progress-bar.js';

/** A terminal stand-in that keeps what is drawn on it. */
function terminal(): Writable & { isTTY: boolean; columns: number; drawn: () => string; cursorTo: () => boolean; clearLine: () => boolean; moveCursor: () => boolean } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { isTTY: true, columns: 100, drawn: () => chunks.join(''), cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
}

describe('the progress bar', function () {
  it('is drawn on a terminal once a run has at least the threshold of files', function () {
    const screen = terminal();
    const bar = progressBar(screen, { quiet: false, threshold: 10, noun: 'migrating' });
    for (let done = 1; done <= 20; done += 1) bar?.update(done, 20, `src/m${done}.ts`);
    bar?.stop();
    expect(screen.drawn()).to.include('migrating [');
    expect(screen.drawn()).to.match(/20\/20/);
  });

  it('draws nothing for a short run, on a stream that is no terminal, or with --quiet', function () {
    const short = terminal();
    const bar = progressBar(short, { quiet: false, threshold: 10 });
    for (let done = 1; done <= 5; done += 1) bar?.update(done, 5, 'f.ts');
    bar?.stop();
    expect(short.drawn()).to.equal('');
    const pipe = Object.assign(terminal(), { isTTY: false });
    expect(progressBar(pipe, { quiet: false })).to.equal(undefined);
    expect(progressBar(terminal(), { quiet: true })).to.equal(undefined);
  });
});
