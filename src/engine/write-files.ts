/**
 * All-or-nothing writes, even across interruptions. Every new text is first staged beside its target, with a
 * backup of the old text, under a journal (write-journal.ts); only when all are staged are they renamed into place.
 * A failure or a cancellation while staging removes what was staged and leaves every original untouched; a
 * cancellation while renaming puts the backups back. A process killed at any point leaves a journal from which the
 * next run finishes the write or undoes it. The work yields to the event loop between files, so a cancellation
 * (an MCP client's, a Ctrl-C's) is seen while it runs. A symlinked file is written through to its target, so the
 * link stays a link (a rename onto the link's own path would replace it with a regular file).
 */
import { chmodSync, copyFileSync, existsSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WriteError } from './errors.js';
import {
  JOURNAL_FILE,
  journalDirectoryFor,
  journalEntryFor,
  completeWrite,
  removeJournal,
  restoreOriginals,
  saveJournal,
  type Journal,
  type JournalEntry,
} from './write-journal.js';

export interface FileWrite {
  readonly path: string;
  readonly text: string;
}

export interface WriteOptions {
  /** Stops the write, leaving every original as it was. */
  readonly signal?: AbortSignal;
}

interface StagedWrite extends JournalEntry {
  readonly written: string;
  readonly text: string;
}

/** The real files to write, once each (a link and its target carry the same migrated text). */
function resolveTargets(writes: readonly FileWrite[]): StagedWrite[] {
  const staged: StagedWrite[] = [];
  for (const write of writes) {
    let target: string;
    try {
      target = realpathSync(write.path);
    } catch (error) {
      throw new WriteError(write.path, (error as Error).message);
    }
    if (!staged.some((entry) => entry.target === target)) staged.push({ ...journalEntryFor(target), written: write.path, text: write.text });
  }
  return staged;
}

async function stageAll(entries: readonly StagedWrite[], signal: AbortSignal | undefined): Promise<void> {
  for (const entry of entries) {
    try {
      const mode = statSync(entry.target).mode;
      writeFileSync(entry.staging, entry.text);
      chmodSync(entry.staging, mode);
      copyFileSync(entry.target, entry.backup);
    } catch (error) {
      throw new WriteError(entry.written, (error as Error).message);
    }
    await nextTurn();
    signal?.throwIfAborted();
  }
}

/** Renames the staged files onto their targets; a cancellation puts the backups back. */
async function commitAll(directory: string, journal: Journal, signal: AbortSignal | undefined): Promise<void> {
  for (const entry of journal.entries) {
    renameSync(entry.staging, entry.target);
    await nextTurn();
    if (signal?.aborted) {
      const rollingBack: Journal = { ...journal, state: 'rolling-back' };
      saveJournal(directory, rollingBack);
      restoreOriginals(rollingBack);
      removeJournal(directory);
      signal.throwIfAborted();
    }
  }
}

export async function writeAllOrNothing(writes: readonly FileWrite[], options: WriteOptions = {}): Promise<void> {
  const { signal } = options;
  signal?.throwIfAborted();
  const entries = resolveTargets(writes);
  if (entries.length === 0) return;
  const directory = journalDirectoryFor(entries.map((entry) => entry.target));
  if (existsSync(path.join(directory, JOURNAL_FILE))) {
    throw new WriteError(path.join(directory, JOURNAL_FILE), 'another write is in progress here, or an interrupted one could not be recovered; remove the journal once its files are checked');
  }
  const journal: Journal = { version: 1, state: 'staging', entries: entries.map(({ target, staging, backup }) => ({ target, staging, backup })) };
  saveJournal(directory, journal);
  try {
    await stageAll(entries, signal);
  } catch (error) {
    restoreOriginals(journal);
    removeJournal(directory);
    throw error;
  }
  const committing: Journal = { ...journal, state: 'committing' };
  saveJournal(directory, committing);
  await commitAll(directory, committing, signal);
  completeWrite(committing);
  removeJournal(directory);
}
