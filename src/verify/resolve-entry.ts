/**
 * The entry as a path inside the project folder, so that the same relative path names it in the original copy and
 * in the migrated one. `--entry` is read relative to the folder; a path that only exists relative to the working
 * directory is accepted when it lies inside the folder (`verify app --entry app/main.js` means what it says).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { assertRunnableEntry } from './entry-loader.js';
import { EntryNotFoundError, ProjectNotFoundError } from './verify-errors.js';

export interface ResolvedProject {
  readonly directory: string;
  /** Relative to `directory`, with the platform's separators. */
  readonly entry: string;
}

export function resolveProject(directory: string, entry: string, cwd: string): ResolvedProject {
  const root = path.resolve(cwd, directory);
  if (!isDirectory(root)) throw new ProjectNotFoundError(directory);
  const candidates = path.isAbsolute(entry) ? [entry] : [path.resolve(root, entry), path.resolve(cwd, entry)];
  for (const candidate of candidates) {
    const relative = path.relative(root, candidate);
    const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
    if (inside && isFile(candidate)) {
      assertRunnableEntry(relative);
      return { directory: root, entry: relative };
    }
  }
  throw new EntryNotFoundError(entry, directory);
}

function isDirectory(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

function isFile(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
