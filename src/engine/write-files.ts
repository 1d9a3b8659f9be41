/**
 * All-or-nothing writes: every new file is first staged next to its target (same directory, so the rename
 * cannot cross file systems); only when all are staged are they renamed into place. A failure while staging
 * removes the staged files and leaves every original untouched.
 */
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
  try {
    for (const write of writes) {
      const staging = stagingPathFor(write.path);
      const mode = statSync(write.path).mode;
      writeFileSync(staging, write.text, { flag: 'wx' });
      staged.push({ target: write.path, staging });
      chmodSync(staging, mode);
    }
  } catch (error) {
    for (const entry of staged) rmSync(entry.staging, { force: true });
    const failed = writes[staged.length]?.path ?? writes[0]?.path ?? '';
    throw new WriteError(failed, (error as Error).message);
  }
  for (const entry of staged) renameSync(entry.staging, entry.target);
}
