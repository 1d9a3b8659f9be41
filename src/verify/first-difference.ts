/**
 * Compares the two sides of a verify run and returns the first difference (run-difference.ts gives the order), or
 * undefined when they behaved the same: same exit code, same stdout byte for byte, same keyspace.
 */
import { isDeepStrictEqual } from 'node:util';
import { byCodeUnit, type KeyspaceEntry } from './keyspace-snapshot.js';
import type { ProgramRun } from './run-program.js';
import type { RunDifference, Side } from './run-difference.js';

export interface SideOutcome {
  readonly run: ProgramRun;
  readonly keyspace: readonly KeyspaceEntry[];
}

export function firstDifference(original: SideOutcome, migrated: SideOutcome, timeoutMs: number): RunDifference | undefined {
  const timedOut = (['original', 'migrated'] as const).filter((side: Side) => ({ original, migrated })[side].run.timedOut);
  if (timedOut.length > 0) return { kind: 'timeout', sides: timedOut, timeoutMs };
  const exits = [exitOf(original.run), exitOf(migrated.run)];
  if (exits[0] !== exits[1]) return { kind: 'exit-code', original: exits[0], migrated: exits[1] };
  return firstStdoutDifference(original.run.stdout, migrated.run.stdout) ?? firstKeyDifference(original.keyspace, migrated.keyspace);
}

/** The exit code, or the signal that ended the program instead. */
export function exitOf(run: ProgramRun): string {
  return run.exitCode === null ? `signal ${run.signal ?? 'unknown'}` : String(run.exitCode);
}

function firstStdoutDifference(original: string, migrated: string): RunDifference | undefined {
  if (original === migrated) return undefined;
  const left = original.split('\n');
  const right = migrated.split('\n');
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    if (left[index] !== right[index]) return { kind: 'stdout-line', line: index + 1, original: left[index], migrated: right[index] };
  }
  return undefined;
}

function compareEntries(a: KeyspaceEntry, b: KeyspaceEntry): number {
  return a.db - b.db || byCodeUnit(a.key, b.key);
}

function firstKeyDifference(original: readonly KeyspaceEntry[], migrated: readonly KeyspaceEntry[]): RunDifference | undefined {
  const left = [...original].sort(compareEntries);
  const right = [...migrated].sort(compareEntries);
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const order = i >= left.length ? 1 : j >= right.length ? -1 : compareEntries(left[i], right[j]);
    if (order < 0) return keyDifference(left[i], undefined);
    if (order > 0) return keyDifference(undefined, right[j]);
    if (!isDeepStrictEqual(left[i], right[j])) return keyDifference(left[i], right[j]);
    i += 1;
    j += 1;
  }
  return undefined;
}

function keyDifference(original: KeyspaceEntry | undefined, migrated: KeyspaceEntry | undefined): RunDifference {
  const { db, key } = (original ?? migrated) as KeyspaceEntry;
  return { kind: 'key', db, key, original, migrated };
}
