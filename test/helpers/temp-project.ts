/**
 * Throwaway project folders for CLI and MCP tests: written from a map of relative paths to contents, read back
 * the same way, and removed afterwards.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listFiles } from '../golden/fixture-cases.js';

export interface TempProject {
  readonly root: string;
  read(): Record<string, string>;
  remove(): void;
}

export function createTempProject(files: Readonly<Record<string, string>>): TempProject {
  const root = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-test-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return {
    root,
    read: () => Object.fromEntries(listFiles(root).map((file) => [file, readFileSync(path.join(root, file), 'utf8')])),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
