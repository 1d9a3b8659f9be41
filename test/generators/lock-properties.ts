/**
 * The distributed lock's promises, as checks over any module with the generated lock's API: mutual exclusion
 * (never two holders inside the critical section among concurrent contenders) and that a stale token (a lock that
 * expired and was taken by another) can neither release nor extend the new holder's lock.
 */
import { pause } from './generated-module.js';
import type { AnyGlideClient as GlideClient } from './valkey-client.js';

export interface Lock {
  readonly key: string;
  readonly token: string;
}

export interface LockModule {
  tryAcquireLock(client: GlideClient, resource: string, ttlMs?: number): Promise<Lock | null>;
  acquireLock(client: GlideClient, resource: string, ttlMs?: number, waitMs?: number): Promise<Lock | null>;
  releaseLock(client: GlideClient, lock: Lock): Promise<boolean>;
  extendLock(client: GlideClient, lock: Lock, ttlMs?: number): Promise<boolean>;
}

export interface ExclusionOutcome {
  /** The most contenders that were inside the critical section at once: 1 when the lock excludes. */
  readonly mostHoldersAtOnce: number;
  /** Contenders that got the lock within the wait: all of them, when releases work. */
  readonly entered: number;
}

export async function observeExclusion(lock: LockModule, clients: readonly GlideClient[], resource: string, contenders: number): Promise<ExclusionOutcome> {
  let inside = 0;
  let mostHoldersAtOnce = 0;
  let entered = 0;
  await Promise.all(
    Array.from({ length: contenders }, async (_, index) => {
      const client = clients[index % clients.length];
      const held = await lock.acquireLock(client, resource, 5000, 20000);
      if (!held) return;
      entered += 1;
      inside += 1;
      mostHoldersAtOnce = Math.max(mostHoldersAtOnce, inside);
      await pause(3);
      inside -= 1;
      await lock.releaseLock(client, held);
    }),
  );
  return { mostHoldersAtOnce, entered };
}

export interface StaleTokenOutcome {
  readonly staleReleased: boolean;
  readonly staleExtended: boolean;
  /** Whether the new holder's token is still the key's value afterwards. */
  readonly newHolderKept: boolean;
}

export async function observeStaleToken(lock: LockModule, client: GlideClient, resource: string): Promise<StaleTokenOutcome> {
  const first = await lock.tryAcquireLock(client, resource, 100);
  if (!first) throw new Error('the first acquire of a free lock failed');
  await pause(250);
  const second = await lock.tryAcquireLock(client, resource, 5000);
  if (!second) throw new Error('the lock did not expire after its TTL');
  const staleExtended = await lock.extendLock(client, first, 5000);
  const staleReleased = await lock.releaseLock(client, first);
  const newHolderKept = (await client.get(second.key)) === second.token;
  await lock.releaseLock(client, second);
  return { staleReleased, staleExtended, newHolderKept };
}
