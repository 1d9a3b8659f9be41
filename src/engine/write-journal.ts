/**
 * The journal of a write in progress, so an interrupted write is finished or undone by the next run. It lives in
 * the innermost folder holding every file written (`.glide-codemod-journal.json`) and names, per file, the target,
 * its staged new text and a backup of its old text, all beside the target under names no run takes for sources
 * (`<file>.glide-codemod-staging`, `<file>.glide-codemod-backup`). Its state says how far the write got:
 * - `staging`: no target was touched yet; recovery removes the staged files and backups (the tree stays old);
 * - `committing`: staged files are being renamed onto their targets; recovery renames the rest (the tree ends new);
 * - `rolling-back`: a cancelled commit is putting the backups back; recovery finishes that (the tree ends old).
 * The journal itself is replaced atomically (written aside, flushed to disk, renamed), so it is never half written.
 */
import { closeSync, existsSync, fsyncSync, lstatSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const JOURNAL_FILE = '.glide-codemod-journal.json';
export const STAGING_SUFFIX = '.glide-codemod-staging';
export const BACKUP_SUFFIX = '.glide-codemod-backup';

const journalSchema = z.object({
  version: z.literal(1),
  state: z.enum(['staging', 'committing', 'rolling-back']),
  entries: z.array(z.object({ target: z.string(), staging: z.string(), backup: z.string() })),
});

export type Journal = z.infer<typeof journalSchema>;
export type JournalEntry = Journal['entries'][number];

export function journalEntryFor(target: string): JournalEntry {
  return { target, staging: `${target}${STAGING_SUFFIX}`, backup: `${target}${BACKUP_SUFFIX}` };
}

/** The innermost folder holding every target: where their journal goes. */
export function journalDirectoryFor(targets: readonly string[]): string {
  const folders = targets.map((target) => path.dirname(target));
  let common = folders[0] ?? process.cwd();
  for (const folder of folders) {
    while (path.relative(common, folder).startsWith('..') || path.isAbsolute(path.relative(common, folder))) common = path.dirname(common);
  }
  return common;
}

/** Replaces the journal atomically and durably. */
export function saveJournal(directory: string, journal: Journal): void {
  const file = path.join(directory, JOURNAL_FILE);
  const aside = `${file}.next`;
  const descriptor = openSync(aside, 'w');
  try {
    writeSync(descriptor, `${JSON.stringify(journal, null, 2)}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(aside, file);
}

export function removeJournal(directory: string): void {
  rmSync(path.join(directory, JOURNAL_FILE), { force: true });
  rmSync(path.join(directory, `${JOURNAL_FILE}.next`), { force: true });
}

/** Removes one of our staged files or backups; anything else at that name (a folder) is not ours to remove. */
function removeOurFile(file: string): void {
  try {
    if (lstatSync(file).isFile()) unlinkSync(file);
  } catch {
    // Not there: nothing to remove.
  }
}

/** Undoes a write whose targets were not touched yet, or finishes putting its backups back. */
export function restoreOriginals(journal: Journal): void {
  for (const entry of journal.entries) {
    if (journal.state === 'rolling-back' && existsSync(entry.backup)) renameSync(entry.backup, entry.target);
    removeOurFile(entry.staging);
    removeOurFile(entry.backup);
  }
}

/** Finishes a write whose staged files were being renamed onto their targets. */
export function completeWrite(journal: Journal): void {
  for (const entry of journal.entries) {
    if (existsSync(entry.staging)) renameSync(entry.staging, entry.target);
    removeOurFile(entry.backup);
  }
}

/** What the recovery of one interrupted write did. */
export interface WriteRecovery {
  readonly journal: string;
  readonly outcome: 'completed' | 'restored';
  readonly files: number;
}

function readJournal(file: string): Journal | undefined {
  try {
    const parsed = journalSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the journals of interrupted writes in `directories` and the folders above them, and finishes or undoes
 * each write. A journal that cannot be read is left alone (the caller's write would then refuse to start).
 */
export function recoverInterruptedWrites(directories: readonly string[]): WriteRecovery[] {
  const journals = new Set<string>();
  for (const start of directories) {
    for (let directory = path.resolve(start); ; directory = path.dirname(directory)) {
      const file = path.join(directory, JOURNAL_FILE);
      if (existsSync(file)) journals.add(file);
      if (path.dirname(directory) === directory) break;
    }
  }
  const recoveries: WriteRecovery[] = [];
  for (const file of journals) {
    const journal = readJournal(file);
    if (!journal) continue;
    const outcome = journal.state === 'committing' ? 'completed' : 'restored';
    if (outcome === 'completed') completeWrite(journal);
    else restoreOriginals(journal);
    removeJournal(path.dirname(file));
    recoveries.push({ journal: file, outcome, files: journal.entries.length });
  }
  return recoveries;
}
