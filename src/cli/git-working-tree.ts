/**
 * Whether the paths to be written lie in a git working tree with uncommitted changes: writing over them would
 * mix the codemod's changes with the user's unsaved work, so `--write` refuses unless `--force`. Paths outside
 * any git repository are migrated as they are.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

export function findUncommittedChanges(paths: readonly string[], cwd: string): string[] {
  const dirty: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const directory = statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
    const status = spawnSync('git', ['status', '--porcelain', '--', absolute], { cwd: directory, encoding: 'utf8' });
    // Not a repository (or no git at all): nothing to protect.
    if (status.status !== 0) continue;
    dirty.push(...status.stdout.split('\n').filter((line) => line.trim() !== ''));
  }
  return dirty;
}
