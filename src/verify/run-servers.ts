/**
 * The server each side of a verify run talks to: two fresh spawned valkey-servers by default, so neither run can
 * see the other's keys and no one's data is touched; or, with `--valkey-url`, that one server for both runs one
 * after the other, flushed before each (the user has said it may be flushed by naming it).
 */
import type { CleanupScope } from './cleanup-scope.js';
import { findOnPath } from './find-on-path.js';
import { flushServer } from './flush-server.js';
import { withRespConnection } from './resp-connection.js';
import { ServerAddress } from './server-address.js';
import { startValkeyServer } from './spawned-valkey-server.js';
import { ServerUnreachableError, ValkeyServerNotFoundError } from './verify-errors.js';

export interface RunServer {
  readonly address: ServerAddress;
  /** The spawned server's process id; undefined for a server named by --valkey-url. */
  readonly pid: number | undefined;
  /** Makes the keyspace empty before a run: a no-op for a fresh server, FLUSHALL for a shared one. */
  prepare(): Promise<void>;
}

export interface RunServers {
  readonly original: RunServer;
  readonly migrated: RunServer;
}

/** Which servers a run will use, decided before anything is started so that a usage error costs nothing. */
export type RunServerPlan = { readonly kind: 'shared'; readonly address: ServerAddress } | { readonly kind: 'spawned'; readonly binary: string };

/** @param searchPath where valkey-server is looked up; this process's PATH by default. */
export function planRunServers(valkeyUrl: string | undefined, searchPath?: string): RunServerPlan {
  if (valkeyUrl !== undefined) return { kind: 'shared', address: ServerAddress.parse(valkeyUrl) };
  const binary = findOnPath('valkey-server', searchPath);
  if (!binary) throw new ValkeyServerNotFoundError();
  return { kind: 'spawned', binary };
}

export async function provideRunServers(plan: RunServerPlan, scope: CleanupScope, signal?: AbortSignal): Promise<RunServers> {
  if (plan.kind === 'shared') {
    const server = await sharedServer(plan.address);
    return { original: server, migrated: server };
  }
  const spawned = async (): Promise<RunServer> => {
    const server = await startValkeyServer(plan.binary, scope, { signal });
    return { address: server.address, pid: server.pid, prepare: async () => {} };
  };
  return { original: await spawned(), migrated: await spawned() };
}

async function sharedServer(address: ServerAddress): Promise<RunServer> {
  try {
    await withRespConnection(address, (connection) => connection.command('PING'));
  } catch (error) {
    throw new ServerUnreachableError(address.display, (error as Error).message);
  }
  return { address, pid: undefined, prepare: () => flushServer(address) };
}
