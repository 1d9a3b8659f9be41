/**
 * `cache-aside`: read through a Valkey cache. `getOrLoad` answers from the cache while the value lives (its TTL),
 * otherwise loads it from the source and stores it with the TTL. With stampede protection, a miss takes a short
 * lock (SET NX PX with a token) so that one caller loads while the others wait for its value, instead of all of
 * them hitting the source at once; the lock is released through a token-checked `Script`.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue, stringValue } from './literals.js';
import { flagOption, integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { timedSetOptions } from './timed-set-options.js';
import { clientClassHole } from './topology-names.js';

export const cacheAsideOptions = z
  .object({
    keyPrefix: textOption('Prepended to the cache key.', 'cache:'),
    ttlMs: integerOption('How long a cached value lives, in milliseconds.', 60000, { min: 1, max: 2147483647 }),
    stampedeProtection: flagOption('On a miss, let one caller load while the others wait for its value (a short lock).', false),
    lockTtlMs: integerOption('With stampede protection: how long the loading lock lives, and how long the others wait, in milliseconds.', 5000, { min: 1, max: 2147483647 }),
    pollIntervalMs: integerOption('With stampede protection: how often a waiting caller looks for the value, in milliseconds.', 25, { min: 1, max: 60000 }),
  })
  .strict();

export type CacheAsideOptions = z.output<typeof cacheAsideOptions>;

const PLAIN_MODULE = `/**
 * Cache-aside on Valkey: answer from the cache while the value lives, otherwise load it and store it with a TTL.
 */
import { TimeUnit, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const KEY_PREFIX = ${hole('keyPrefix')};
export const TTL_MS = ${hole('ttlMs')};

/** The cached value of \`key\`, or \`load()\`'s, which is then cached for \`ttlMs\`. */
export async function getOrLoad(client: ${hole('ClientType')}, key: string, load: () => Promise<string>, ttlMs: number = TTL_MS): Promise<string> {
  const cacheKey = KEY_PREFIX + key;
  const cached = await client.get(cacheKey);
  if (cached !== null) return String(cached);
  const value = await load();
  await client.set(cacheKey, value, ${hole('storeOptions')});
  return value;
}

/** Drops the cached value, so the next read loads it again. */
export async function invalidate(client: ${hole('ClientType')}, key: string): Promise<void> {
  await client.del([KEY_PREFIX + key]);
}
`;

const PROTECTED_MODULE = `/**
 * Cache-aside on Valkey with stampede protection: answer from the cache while the value lives; on a miss one
 * caller takes a short lock and loads, the others wait for its value instead of all loading at once.
 */
import { randomBytes } from 'node:crypto';
import { Script, TimeUnit, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const KEY_PREFIX = ${hole('keyPrefix')};
export const TTL_MS = ${hole('ttlMs')};
const LOCK_TTL_MS = ${hole('lockTtlMs')};
const POLL_INTERVAL_MS = ${hole('pollIntervalMs')};

// Created once; deletes the loading lock only while it is still the caller's.
const RELEASE = new Script("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0");

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The cached value of \`key\`, or \`load()\`'s, which is then cached for \`ttlMs\`. Concurrent misses wait for the
 * one loader for up to LOCK_TTL_MS, then load themselves (the loader may have died).
 */
export async function getOrLoad(client: ${hole('ClientType')}, key: string, load: () => Promise<string>, ttlMs: number = TTL_MS): Promise<string> {
  const cacheKey = KEY_PREFIX + key;
  const cached = await client.get(cacheKey);
  if (cached !== null) return String(cached);
  const lockKey = cacheKey + ':loading';
  const token = randomBytes(16).toString('hex');
  const deadline = Date.now() + LOCK_TTL_MS;
  while ((await client.set(lockKey, token, ${hole('lockOptions')})) !== 'OK' && Date.now() < deadline) {
    await pause(POLL_INTERVAL_MS);
    const filled = await client.get(cacheKey);
    if (filled !== null) return String(filled);
  }
  try {
    // The previous loader may have stored the value just before this caller got the lock.
    const filled = await client.get(cacheKey);
    if (filled !== null) return String(filled);
    const value = await load();
    await client.set(cacheKey, value, ${hole('storeOptions')});
    return value;
  } finally {
    await client.invokeScript(RELEASE, { keys: [lockKey], args: [token] });
  }
}

/** Drops the cached value, so the next read loads it again. */
export async function invalidate(client: ${hole('ClientType')}, key: string): Promise<void> {
  await client.del([KEY_PREFIX + key]);
}
`;

const STAMPEDE_CHECK = `
    const coldKey = 'glide-example-cold-' + String(process.pid);
    let coldLoads = 0;
    const loadSlowly = async () => {
      coldLoads += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return 'fresh';
    };
    const coldReads = await Promise.all(Array.from({ length: 20 }, () => getOrLoad(client, coldKey, loadSlowly)));
    await invalidate(client, coldKey);
    checks['20 concurrent misses load the value once'] = coldLoads === 1 && coldReads.every((value) => value === 'fresh');`;

const CACHE_DEMO = (stampede: string) => `/** A value is answered from the cache until its TTL passes, then loaded again. */
import { closeGracefully, createValkeyClient } from './client.js';
import { getOrLoad, invalidate } from './cache.js';

// Long enough that the second read is still inside the TTL on a busy machine.
const SHORT_TTL_MS = 1000;

async function main(): Promise<boolean> {
  const client = await createValkeyClient();
  const key = 'glide-example-' + String(process.pid);
  let loads = 0;
  const load = async () => {
    loads += 1;
    return 'value ' + String(loads);
  };
  try {
    const first = await getOrLoad(client, key, load, SHORT_TTL_MS);
    const second = await getOrLoad(client, key, load, SHORT_TTL_MS);
    const loadsBeforeExpiry = loads;
    await new Promise((resolve) => setTimeout(resolve, SHORT_TTL_MS + 150));
    const afterExpiry = await getOrLoad(client, key, load, SHORT_TTL_MS);
    await invalidate(client, key);
    const checks: Record<string, boolean> = {
      'a miss loads the value': first === 'value 1',
      'a hit before the TTL answers the cached value without loading': second === 'value 1' && loadsBeforeExpiry === 1,
      'after the TTL the value is loaded again': afterExpiry === 'value 2' && loads === 2,
    };${stampede}${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}
${DEMO_RUNNER}`;

export function cacheModuleFile(options: CacheAsideOptions, target: GeneratorTarget): GeneratedFile {
  const common = { keyPrefix: stringValue(j, options.keyPrefix), ttlMs: numberValue(j, options.ttlMs), storeOptions: timedSetOptions('ttlMs'), ClientType: clientClassHole(target.topology) };
  if (!options.stampedeProtection) return renderModule('cache', PLAIN_MODULE, common, target);
  return renderModule(
    'cache',
    PROTECTED_MODULE,
    {
      ...common,
      lockTtlMs: numberValue(j, options.lockTtlMs),
      pollIntervalMs: numberValue(j, options.pollIntervalMs),
      lockOptions: timedSetOptions('LOCK_TTL_MS', 'onlyIfDoesNotExist'),
    },
    target,
  );
}

function readme(options: CacheAsideOptions, target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Cache-aside on Valkey GLIDE',
    '',
    `\`cache.${target.language}\` exports \`getOrLoad(client, key, load, ttlMs?)\` and \`invalidate(client, key)\`.`,
    '',
    '- A hit answers the cached value; a miss calls `load()` and stores its value with the TTL (`SET ... PX`).',
    options.stampedeProtection
      ? '- Stampede protection is on: on a miss one caller takes a short lock (`SET NX PX`, token-checked release\n  through a `Script`) and loads; the others wait for its value, and load themselves after the lock TTL.'
      : '- Stampede protection is off: concurrent misses each call `load()` (generate with `stampedeProtection=true` to change that).',
    '',
    '```' + target.language,
    "const profile = await getOrLoad(client, 'user:42', () => loadProfileFromDatabase(42));",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const cacheAsideGenerator = defineGenerator({
  id: 'cache-aside',
  title: 'Cache-aside with TTL',
  summary: 'getOrLoad / invalidate with a TTL, optional stampede protection through a short token lock; the demo proves the cached value is answered until the TTL passes.',
  options: cacheAsideOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      cacheModuleFile(options, target),
      renderModule('demo', CACHE_DEMO(options.stampedeProtection ? STAMPEDE_CHECK : ''), {}, target),
      readme(options, target),
      ...projectFiles('cache-aside', target),
    ];
  },
});
