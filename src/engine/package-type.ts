/**
 * The `type` field of the package.json nearest to a file, which decides how Node loads its `.js` and `.ts`.
 */
import { readPackageManifest } from './package-manifest.js';
import path from 'node:path';
import type { PackageType } from './analyse/module-system.js';

export function createPackageTypeLookup(): (file: string) => PackageType {
  const cache = new Map<string, PackageType>();
  const lookup = (directory: string): PackageType => {
    const cached = cache.get(directory);
    if (cached !== undefined || cache.has(directory)) return cached;
    const manifest = readPackageManifest(path.join(directory, 'package.json'));
    const parent = path.dirname(directory);
    // No (readable) package.json here: the answer is the parent directory's.
    const found: PackageType = manifest ? (manifest.type === 'module' ? 'module' : 'commonjs') : parent === directory ? 'none' : lookup(parent);
    cache.set(directory, found);
    return found;
  };
  return (file) => lookup(path.dirname(file));
}
