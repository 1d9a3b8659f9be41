/**
 * Writes the synthetic TypeScript project the migration benchmarks run on: `fileCount` modules under
 * `src/<area>/`. One file in ten is a Redis store module (alternately ioredis and node-redis, see
 * synthetic/redis-modules.ts); the other nine are plain modules that import one another and never mention a
 * client library (synthetic/plain-module.ts). That is the shape the speed target is stated for: most of a
 * project does not use Redis. The content comes from a fixed seed, so every run measures the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { plainModule } from './synthetic/plain-module.js';
import { pick, seededRandom, type ModuleName, type Random } from './synthetic/random.js';
import { redisModule, type RedisLibrary } from './synthetic/redis-modules.js';

export interface SyntheticProject {
  readonly root: string;
  /** Absolute paths of every file written. */
  readonly files: readonly string[];
  /** Absolute paths of the store modules, the files that use Redis; each should come out changed. */
  readonly storeFiles: readonly string[];
  /** Store modules per client library. */
  readonly redisFiles: Readonly<Record<RedisLibrary, number>>;
  readonly totalBytes: number;
  readonly totalLines: number;
}

/** One file in REDIS_EVERY is a store module. */
const REDIS_EVERY = 10;
const AREAS = ['accounts', 'billing', 'catalog', 'inventory', 'notifications', 'orders', 'reports', 'search'];
const NOUNS = ['invoice', 'profile', 'product', 'shipment', 'coupon', 'session', 'ticket', 'review', 'cart', 'rate'];
const PLAIN_KINDS = ['service', 'model', 'helpers', 'policy', 'mapper'];

/** Which library file `index` uses, if any: every `every`th file, ioredis and node-redis taking turns. */
function libraryOf(index: number, every: number): RedisLibrary | undefined {
  if (index % every !== every - 1) return undefined;
  return Math.floor(index / every) % 2 === 0 ? 'ioredis' : 'node-redis';
}

function nameModule(index: number, random: Random, library: RedisLibrary | undefined): ModuleName {
  const area = AREAS[index % AREAS.length] as string;
  const noun = pick(random, NOUNS);
  const kind = library ? 'store' : pick(random, PLAIN_KINDS);
  return { area, noun, file: path.join('src', area, `${noun}-${kind}-${index}.ts`) };
}

/** Up to two distinct plain modules written before, for a plain module to import. */
function pickNeighbours(random: Random, plain: readonly ModuleName[]): ModuleName[] {
  if (plain.length === 0) return [];
  const first = pick(random, plain);
  const second = pick(random, plain);
  return first === second ? [first] : [first, second];
}

/**
 * Writes the project under `root` (which must exist) and says what was written. `redisEvery`: one file in that
 * many is a store module (1: every file uses a client, the worst case for the migration against its parse floor).
 */
export function writeSyntheticProject(root: string, fileCount: number, seed = 20_250_601, redisEvery = REDIS_EVERY): SyntheticProject {
  const random = seededRandom(seed);
  const files: string[] = [];
  const storeFiles: string[] = [];
  const plain: ModuleName[] = [];
  const redisFiles: Record<RedisLibrary, number> = { ioredis: 0, 'node-redis': 0 };
  let totalBytes = 0;
  let totalLines = 0;
  // An ES module package, as the modules' import statements and top-level awaits assume (TypeScript with no
  // package.json above it runs as CommonJS, and would be migrated to clients held as promises instead).
  writeFileSync(path.join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
  for (let index = 0; index < fileCount; index++) {
    const library = libraryOf(index, redisEvery);
    const name = nameModule(index, random, library);
    const text = library ? redisModule(library, name, random) : plainModule(name, random, pickNeighbours(random, plain));
    mkdirSync(path.join(root, path.dirname(name.file)), { recursive: true });
    writeFileSync(path.join(root, name.file), text);
    const absolute = path.join(root, name.file);
    files.push(absolute);
    if (library) {
      redisFiles[library] += 1;
      storeFiles.push(absolute);
    } else {
      plain.push(name);
    }
    totalBytes += Buffer.byteLength(text);
    totalLines += text.split('\n').length - 1;
  }
  return { root, files, storeFiles, redisFiles, totalBytes, totalLines };
}
