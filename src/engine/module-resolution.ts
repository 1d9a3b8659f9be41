/**
 * Resolves a relative import specifier to a project file the way Node and TypeScript do for our purposes:
 * the exact file, the TypeScript source behind a `.js` specifier, an added extension, or an index file.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const TRY_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];
const TYPESCRIPT_SOURCE_FOR: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
  '.jsx': ['.tsx'],
};

function isFile(candidate: string): boolean {
  return existsSync(candidate) && statSync(candidate).isFile();
}

export function resolveRelativeModule(fromFile: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const target = path.resolve(path.dirname(fromFile), specifier);
  if (isFile(target)) return target;
  const extension = path.extname(target);
  for (const sourceExtension of TYPESCRIPT_SOURCE_FOR[extension] ?? []) {
    const candidate = target.slice(0, -extension.length) + sourceExtension;
    if (isFile(candidate)) return candidate;
  }
  for (const added of TRY_EXTENSIONS) {
    if (isFile(target + added)) return target + added;
  }
  for (const added of TRY_EXTENSIONS) {
    const index = path.join(target, `index${added}`);
    if (isFile(index)) return index;
  }
  return undefined;
}
