/**
 * The `type` field of the package.json nearest to a file, which decides how Node loads its `.js` and `.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackageType } from './analyse/module-system.js';

export function createPackageTypeLookup(): (file: string) => PackageType {
  const cache = new Map<string, PackageType>();
  const lookup = (directory: string): PackageType => {
    const cached = cache.get(directory);
    if (cached !== undefined || cache.has(directory)) return cached;
    let found: PackageType;
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as { type?: string };
      found = manifest.type === 'module' ? 'module' : 'commonjs';
    } catch {
      // No (readable) package.json here: the answer is the parent directory's.
      const parent = path.dirname(directory);
      found = parent === directory ? 'none' : lookup(parent);
    }
    cache.set(directory, found);
    return found;
  };
  return (file) => lookup(path.dirname(file));
}
