/**
 * All-or-nothing writes: every new file is first staged next to its target (same directory, so the rename
 * cannot cross file systems); only when all are staged are they renamed into place. A failure while staging
 * removes the staged files and leaves every original untouched. A symlinked file is written through to its target,
 * so the link stays a link (a rename onto the link's own path would replace it with a regular file).
 */
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WriteError } from './errors.js';

export interface FileWrite {
  readonly path: string;
  readonly text: string;
}

function stagingPathFor(file: string): string {
  return path.join(path.dirname(file), `.glide-codemod-staging-${process.pid}-${path.basename(file)}`);
}

export function writeAllOrNothing(writes: readonly FileWrite[]): void {
  const staged: { target: string; staging: string }[] = [];
  let current = writes[0]?.path ?? '';
  try {
    for (const write of writes) {
      current = write.path;
      const target = realpathSync(write.path);
      // Two names of one file (a link and its target) carry the same migrated text: it is written once.
      if (staged.some((entry) => entry.target === target)) continue;
      const staging = stagingPathFor(target);
      const mode = statSync(target).mode;
      writeFileSync(staging, write.text, { flag: 'wx' });
      staged.push({ target, staging });
      chmodSync(staging, mode);
    }
  } catch (error) {
    for (const entry of staged) rmSync(entry.staging, { force: true });
    throw new WriteError(current, (error as Error).message);
  }
  for (const entry of staged) renameSync(entry.staging, entry.target);
}
