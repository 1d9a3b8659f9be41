/**
 * Which version of a source client a file runs with: the copy Node would load from the file's directory
 * (`node_modules/redis` here or in a parent directory), or else the range the nearest package.json that names the
 * client declares. The codemod's knowledge of node-redis is that of node-redis 5 and 6; node-redis 4 answers many
 * commands with other shapes, so its clients are left as written (`decide/source-version-blockers.ts`).
 */
import path from 'node:path';
import type { SourceVersion, SourceVersions } from './analyse/types.js';
import { readPackageManifest } from './package-manifest.js';

/** node-redis' packages: `redis`, and the client it is built on (whose 1.x is node-redis 4's). */
const NODE_REDIS_PACKAGES: readonly { readonly name: string; readonly major: (major: number) => number }[] = [
  { name: 'redis', major: (major) => major },
  { name: '@redis/client', major: (major) => (major === 1 ? 4 : major) },
];

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

type Manifest = Partial<Record<(typeof DEPENDENCY_FIELDS)[number], Record<string, unknown>>> & { readonly version?: unknown };

const readManifest = (file: string) => readPackageManifest(file) as Manifest | undefined;

/** The first major number a version or range names (`^4.6.0`, `4.x`, `>=4 <6`): its lowest; none for `latest`, `*`, a URL. */
export function majorOf(version: string): number | undefined {
  const match = /^\s*(?:[~^]|[<>]=?|=)?\s*v?(\d+)(?:\.|\s|$|\.x)/.exec(version);
  return match ? Number(match[1]) : undefined;
}

function ancestors(directory: string): string[] {
  const found: string[] = [];
  for (let current = directory; ; current = path.dirname(current)) {
    found.push(current);
    if (path.dirname(current) === current) return found;
  }
}

function installedNodeRedis(directory: string): SourceVersion | undefined {
  for (const folder of ancestors(directory)) {
    for (const { name, major } of NODE_REDIS_PACKAGES) {
      const source = path.join(folder, 'node_modules', name, 'package.json');
      const version = readManifest(source)?.version;
      const number = typeof version === 'string' ? majorOf(version) : undefined;
      if (typeof version === 'string' && number !== undefined) return { major: major(number), version, source, installed: true };
    }
  }
  return undefined;
}

function declaredNodeRedis(directory: string): SourceVersion | undefined {
  for (const folder of ancestors(directory)) {
    const source = path.join(folder, 'package.json');
    const manifest = readManifest(source);
    if (!manifest) continue;
    for (const { name, major } of NODE_REDIS_PACKAGES) {
      for (const field of DEPENDENCY_FIELDS) {
        const range = manifest[field]?.[name];
        const number = typeof range === 'string' ? majorOf(range) : undefined;
        if (typeof range === 'string' && number !== undefined) return { major: major(number), version: range, source, installed: false };
      }
    }
  }
  return undefined;
}

/** A look-up of the versions by file, each directory read once. */
export function createSourceVersionLookup(): (file: string) => SourceVersions {
  const cache = new Map<string, SourceVersions>();
  return (file) => {
    const directory = path.dirname(path.resolve(file));
    let versions = cache.get(directory);
    if (!versions) {
      const nodeRedis = installedNodeRedis(directory) ?? declaredNodeRedis(directory);
      // The package.json as seen from the file, for the report.
      versions = nodeRedis ? { 'node-redis': { ...nodeRedis, source: path.relative(directory, nodeRedis.source) } } : {};
      cache.set(directory, versions);
    }
    return versions;
  };
}
