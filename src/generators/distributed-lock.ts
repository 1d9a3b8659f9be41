/**
 * `distributed-lock`: a lock on Valkey that excludes. Acquiring is one `SET key token NX PX ttl` with a random
 * token; releasing and extending go through GLIDE `Script`s (created once, at module level) that act only while
 * the key still holds the caller's token, so a holder whose lock expired cannot release or extend the lock
 * another caller holds now. The public predecessor's lock dropped NX (every caller "acquired" it) and released
 * through a method GLIDE does not have; the demo and the property test check exactly those two promises.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { defaultClientModuleFile } from './client.js';
import { REPORT_CHECKS } from './check-report.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue, stringValue } from './literals.js';
import { integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { timedSetOptions } from './timed-set-options.js';
import { clientClassHole } from './topology-names.js';

export const distributedLockOptions = z
  .object({
    keyPrefix: textOption('Prepended to the resource name to form the lock key.', 'lock:'),
    ttlMs: integerOption('How long a lock lives unless extended, in milliseconds.', 10000, { min: 1, max: 2147483647 }),
    waitMs: integerOption('How long acquireLock keeps trying before it gives up, in milliseconds (0: one try).', 5000, { min: 0, max: 2147483647 }),
    retryDelayMs: integerOption('The pause between two tries of acquireLock, in milliseconds.', 50, { min: 1, max: 60000 }),
  })
  .strict();

export type DistributedLockOptions = z.output<typeof distributedLockOptions>;

const LOCK_MODULE = `/**
 * A distributed lock on Valkey. Acquire: SET key token NX PX ttl with a random token. Release and extend: scripts
 * that act only while the key still holds the caller's token, so a caller whose lock expired cannot release or
 * extend the lock someone else holds now.
 */
import { randomBytes } from 'node:crypto';
import { Script, TimeUnit, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const KEY_PREFIX = ${hole('keyPrefix')};
const DEFAULT_TTL_MS = ${hole('ttlMs')};
const DEFAULT_WAIT_MS = ${hole('waitMs')};
const RETRY_DELAY_MS = ${hole('retryDelayMs')};

// Created once: GLIDE loads a script on its first use and then calls it by its SHA1.
const RELEASE = new Script("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0");
const EXTEND = new Script("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0");

export interface Lock {
  readonly key: string;
  readonly token: string;
}

/** The lock on \`resource\` when no one holds it, otherwise null. It expires after \`ttlMs\` unless extended. */
export async function tryAcquireLock(client: ${hole('ClientType')}, resource: string, ttlMs: number = DEFAULT_TTL_MS): Promise<Lock | null> {
  const key = KEY_PREFIX + resource;
  const token = randomBytes(16).toString('hex');
  const reply = await client.set(key, token, ${hole('acquireOptions')});
  return reply === 'OK' ? { key, token } : null;
}

/** Tries again every RETRY_DELAY_MS for up to \`waitMs\`; null when the lock stayed taken. */
export async function acquireLock(client: ${hole('ClientType')}, resource: string, ttlMs: number = DEFAULT_TTL_MS, waitMs: number = DEFAULT_WAIT_MS): Promise<Lock | null> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const lock = await tryAcquireLock(client, resource, ttlMs);
    if (lock || Date.now() >= deadline) return lock;
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
  }
}

/** Releases the lock while the caller holds it; false when it had expired (and may be someone else's now). */
export async function releaseLock(client: ${hole('ClientType')}, lock: Lock): Promise<boolean> {
  const deleted = await client.invokeScript(RELEASE, { keys: [lock.key], args: [lock.token] });
  return deleted === 1;
}

/** Gives the lock \`ttlMs\` more while the caller holds it; false when it had expired. */
export async function extendLock(client: ${hole('ClientType')}, lock: Lock, ttlMs: number = DEFAULT_TTL_MS): Promise<boolean> {
  const extended = await client.invokeScript(EXTEND, { keys: [lock.key], args: [lock.token, String(ttlMs)] });
  return extended === 1;
}
`;

const LOCK_DEMO = `/** 20 concurrent contenders, one holder; a token that does not hold the lock can neither release nor extend it. */
import { closeGracefully, createValkeyClient } from './client.js';
import { extendLock, releaseLock, tryAcquireLock } from './lock.js';

async function main(): Promise<boolean> {
  const client = await createValkeyClient();
  const resource = 'glide-example-' + String(process.pid);
  try {
    const attempts = await Promise.all(Array.from({ length: 20 }, () => tryAcquireLock(client, resource)));
    const holders = attempts.filter((lock) => lock !== null);
    const holder = holders[0];
    const stranger = { key: holder ? holder.key : resource, token: 'not-the-holders-token' };
    const strangerReleased = await releaseLock(client, stranger);
    const strangerExtended = await extendLock(client, stranger);
    const extended = holder ? await extendLock(client, holder) : false;
    const released = holder ? await releaseLock(client, holder) : false;
    const again = await tryAcquireLock(client, resource);
    if (again) await releaseLock(client, again);
    const checks = {
      'exactly one of 20 concurrent contenders holds the lock': holders.length === 1,
      'another token cannot release it': !strangerReleased,
      'another token cannot extend it': !strangerExtended,
      'the holder extends it': extended,
      'the holder releases it': released,
      'it can be acquired again once released': again !== null,
    };${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}
${DEMO_RUNNER}`;

export function lockModuleFile(options: DistributedLockOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'lock',
    LOCK_MODULE,
    {
      keyPrefix: stringValue(j, options.keyPrefix),
      ttlMs: numberValue(j, options.ttlMs),
      waitMs: numberValue(j, options.waitMs),
      retryDelayMs: numberValue(j, options.retryDelayMs),
      acquireOptions: timedSetOptions('ttlMs', 'onlyIfDoesNotExist'),
      ClientType: clientClassHole(target.topology),
    },
    target,
  );
}

function readme(target: GeneratorTarget): GeneratedFile {
  const file = `lock.${target.language}`;
  const text = [
    '# Distributed lock on Valkey GLIDE',
    '',
    `\`${file}\` exports \`tryAcquireLock\`, \`acquireLock\` (waits), \`releaseLock\` and \`extendLock\`.`,
    '',
    '- Acquire is `SET key token NX PX ttl` with a random token: only one caller gets `OK`.',
    '- Release and extend run a Lua `Script` that checks the token first: a caller whose lock expired cannot',
    '  release or extend the lock another caller holds now. Both return `false` then.',
    '- A lock expires after its TTL: keep the work shorter, or call `extendLock` while it runs.',
    '',
    '```' + target.language,
    "const lock = await acquireLock(client, 'invoice-42');",
    'if (lock) {',
    '  try {',
    '    // ... the work only one process may do at a time',
    '  } finally {',
    '    await releaseLock(client, lock);',
    '  }',
    '}',
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const distributedLockGenerator = defineGenerator({
  id: 'distributed-lock',
  title: 'Distributed lock',
  summary: 'SET NX PX with a random token; token-checked release and extend through a Script; the demo proves one holder among 20 contenders and that another token cannot release or extend.',
  options: distributedLockOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      lockModuleFile(options, target),
      renderModule('demo', LOCK_DEMO, {}, target),
      readme(target),
      ...projectFiles('distributed-lock', target),
    ];
  },
});
