/**
 * How an entry is started: JavaScript on plain Node, as users run it (tsx would also accept an `import` in a
 * CommonJS file, hiding exactly the module-system mistakes a migration must not make); TypeScript through tsx's
 * loader, taken from the project when it has one (its version, its settings) and otherwise from next to this
 * package. The loader is passed to `node --import` as an absolute URL, so the child need not resolve a bare name.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TsxNotFoundError, UnsupportedEntryError } from './verify-errors.js';

const JAVASCRIPT = /\.[mc]?js$/;
const TYPESCRIPT = /\.([mc]?ts|tsx)$/;

/** Node's arguments before the entry: none for JavaScript, `--import <tsx>` for TypeScript. */
export function loaderArguments(entry: string, projectDirectory: string): string[] {
  if (JAVASCRIPT.test(entry)) return [];
  if (!TYPESCRIPT.test(entry)) throw new UnsupportedEntryError(entry);
  const loader = resolveFrom(path.join(projectDirectory, 'package.json')) ?? resolveFrom(import.meta.url);
  if (!loader) throw new TsxNotFoundError(entry, projectDirectory);
  return ['--import', pathToFileURL(loader).href];
}

/** Checks the extension without looking for tsx, so a usage error is reported before anything starts. */
export function assertRunnableEntry(entry: string): void {
  if (!JAVASCRIPT.test(entry) && !TYPESCRIPT.test(entry)) throw new UnsupportedEntryError(entry);
}

function resolveFrom(base: string): string | undefined {
  try {
    return createRequire(base).resolve('tsx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}
