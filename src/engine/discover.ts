/**
 * Turns the paths a user gave into the source files to look at, in a stable (sorted) order: directories are
 * walked, honouring each `.gitignore` on the way down and always skipping dependencies, build output and VCS
 * folders. Explicitly named files are taken as given, even when an ignore rule would skip them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { UnreadableFileError } from './errors.js';
import { SOURCE_EXTENSIONS } from '../ast/source-language.js';

const ALWAYS_SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'out', '.next', '.turbo', '.cache']);

interface IgnoreLayer {
  readonly base: string;
  readonly rules: Ignore;
}

function readGitignore(directory: string): IgnoreLayer | undefined {
  const file = path.join(directory, '.gitignore');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined; // most directories have no .gitignore
  }
  return { base: directory, rules: ignore().add(text) };
}

function isIgnored(entry: string, isDirectory: boolean, layers: readonly IgnoreLayer[]): boolean {
  return layers.some((layer) => {
    const relative = path.relative(layer.base, entry).split(path.sep).join('/');
    return relative !== '' && layer.rules.ignores(isDirectory ? `${relative}/` : relative);
  });
}

function isSourceFile(file: string): boolean {
  return SOURCE_EXTENSIONS.includes(path.extname(file).toLowerCase()) && !file.endsWith('.d.ts');
}

function walk(directory: string, layers: readonly IgnoreLayer[], found: string[]): void {
  const own = readGitignore(directory);
  const active = own ? [...layers, own] : layers;
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (ALWAYS_SKIPPED.has(entry.name) || isIgnored(full, true, active)) continue;
      walk(full, active, found);
    } else if (entry.isFile() && isSourceFile(full) && !isIgnored(full, false, active)) {
      found.push(full);
    }
  }
}

/** Absolute paths of the source files below `paths`, sorted and without duplicates. */
export function discoverSourceFiles(paths: readonly string[], cwd = process.cwd()): string[] {
  const found: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      throw new UnreadableFileError(given, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : String(error));
    }
    if (stats.isDirectory()) walk(absolute, [], found);
    // A FIFO, device or socket named like a source file would block the read (a FIFO until something writes to it).
    else if (!stats.isFile()) throw new UnreadableFileError(given, 'not a regular file (a FIFO, a device or a socket); only files are migrated');
    else if (isSourceFile(absolute)) found.push(absolute);
  }
  return [...new Set(found)].sort();
}
