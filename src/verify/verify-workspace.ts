/**
 * The temporary folder a verify run works in: `original/<name>` and `migrated/<name>`, each a copy of the project
 * (copy-project.ts), so that the user's folder is neither migrated nor run in, and both sides run from a folder of
 * the same name. The folder is registered with the run's cleanup scope before anything is copied into it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CleanupScope } from './cleanup-scope.js';
import { copyProject } from './copy-project.js';
import type { Side } from './run-difference.js';

export interface VerifyWorkspace {
  readonly root: string;
  /** The copy of the project one side runs in. */
  copyFor(side: Side): string;
}

export function createVerifyWorkspace(projectDirectory: string, scope: CleanupScope, progress: (message: string) => void): VerifyWorkspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-verify-'));
  scope.add({
    describe: `the temporary folder ${root}`,
    dispose: async () => {
      await rm(root, { recursive: true, force: true });
      progress(`removed ${root}`);
    },
    emergency: () => rmSync(root, { recursive: true, force: true }),
  });
  const copyFor = (side: Side) => path.join(root, side, path.basename(projectDirectory));
  copyProject(projectDirectory, copyFor('original'));
  copyProject(projectDirectory, copyFor('migrated'));
  progress(`copied ${projectDirectory} to ${root}`);
  return { root, copyFor };
}
