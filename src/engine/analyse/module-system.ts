/**
 * Decides whether a file runs as an ES module or as CommonJS, because only ES modules may use top-level await:
 * `.mjs`/`.mts` are ESM and `.cjs`/`.cts` CommonJS whatever they contain; otherwise a file with `import` or
 * `export` statements is ESM unless the nearest package.json says `"type": "commonjs"`, and a file without them
 * is CommonJS. A `.ts` / `.tsx` file with no package.json above it at all is CommonJS too: tsx, ts-node and tsc's
 * CommonJS output compile its import statements to requires there, where top-level await is an error.
 */
import path from 'node:path';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { ModuleSystem } from './types.js';
import { pathsOf } from '../../ast/node-index.js';

/**
 * The nearest package.json's `type`: `commonjs` also for one that names none, `none` where no package.json was
 * found at all, undefined where nobody looked (a snippet).
 */
export type PackageType = 'module' | 'commonjs' | 'none' | undefined;

export function detectModuleSystem(file: ParsedFile, packageType: PackageType): ModuleSystem {
  const extension = path.extname(file.path).toLowerCase();
  if (extension === '.mjs' || extension === '.mts') return 'esm';
  if (extension === '.cjs' || extension === '.cts') return 'commonjs';
  const { j } = file;
  const hasModuleSyntax =
    pathsOf(file, j.ImportDeclaration).length > 0 ||
    pathsOf(file, j.ExportNamedDeclaration).length > 0 ||
    pathsOf(file, j.ExportDefaultDeclaration).length > 0;
  if (!hasModuleSyntax) return 'commonjs';
  if ((extension === '.ts' || extension === '.tsx') && packageType === 'none') return 'commonjs';
  // A package that declares itself CommonJS runs (or compiles) its import statements as requires.
  return packageType === 'commonjs' ? 'commonjs' : 'esm';
}
