/** The comparison: the first difference in the order timeout, exit code, stdout line, key; nothing when all agree. */
import { expect } from 'chai';
import { firstDifference, type SideOutcome } from '../../../src/verify/first-difference.js';
import type { KeyspaceEntry } from '../../../src/verify/keyspace-snapshot.js';

const entry = (key: string, value: string, hasTtl = false, db = 0): KeyspaceEntry => ({ db, key, type: 'string', value, hasTtl });

function side(stdout: string, keyspace: KeyspaceEntry[] = [], exitCode: number | null = 0, timedOut = false): SideOutcome {
  return { run: { exitCode, signal: exitCode === null ? 'SIGKILL' : null, stdout, stderr: '', timedOut, durationMs: 1 }, keyspace };
}

describe('verify: first difference', function () {
  it('finds none when exit code, stdout and keyspace agree', function () {
    expect(firstDifference(side('a\nb\n', [entry('k', 'v')]), side('a\nb\n', [entry('k', 'v')]), 100)).to.equal(undefined);
  });

  it('reports a timeout before anything else, naming each side that timed out', function () {
    expect(firstDifference(side('', [], null, true), side('x'), 100)).to.deep.equal({ kind: 'timeout', sides: ['original'], timeoutMs: 100 });
    expect(firstDifference(side('', [], null, true), side('', [], null, true), 100)).to.deep.include({ sides: ['original', 'migrated'] });
  });

  it('reports the exit code before stdout, and a signal as such', function () {
    expect(firstDifference(side('a', [], 0), side('b', [], 1), 100)).to.deep.equal({ kind: 'exit-code', original: '0', migrated: '1' });
    expect(firstDifference(side('a', [], 0), side('a', [], null), 100)).to.deep.equal({ kind: 'exit-code', original: '0', migrated: 'signal SIGKILL' });
  });

  it('reports the first stdout line that differs, and a line only one side printed', function () {
    expect(firstDifference(side('a\nb\nc\n'), side('a\nB\nC\n'), 100)).to.deep.equal({ kind: 'stdout-line', line: 2, original: 'b', migrated: 'B' });
    expect(firstDifference(side('a\n'), side('a\nmore\n'), 100)).to.deep.equal({ kind: 'stdout-line', line: 2, original: '', migrated: 'more' });
    expect(firstDifference(side('a\n'), side('a'), 100)).to.deep.equal({ kind: 'stdout-line', line: 2, original: '', migrated: undefined });
  });

  it('reports the first key, by database then key, that is missing or differs in value or TTL', function () {
    const original = [entry('b', '1'), entry('a', '1'), entry('a', '1', false, 1)];
    expect(firstDifference(side(''), side('', [entry('a', '1'), entry('b', '1')]), 100)).to.deep.equal({
      kind: 'key', db: 0, key: 'a', original: undefined, migrated: entry('a', '1'),
    });
    expect(firstDifference(side('', original), side('', [entry('a', '1'), entry('b', '2'), entry('a', '1', false, 1)]), 100)).to.deep.include({ key: 'b', db: 0 });
    expect(firstDifference(side('', original), side('', [entry('a', '1'), entry('b', '1')]), 100)).to.deep.include({ key: 'a', db: 1, migrated: undefined });
    expect(firstDifference(side('', [entry('a', '1', true)]), side('', [entry('a', '1')]), 100)).to.deep.include({ key: 'a', original: entry('a', '1', true) });
  });
});
