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

export interface RunServerOptions {
  readonly valkeyUrl?: string;
  readonly scope: CleanupScope;
  readonly signal?: AbortSignal;
  /** Where valkey-server is looked up; this process's PATH by default. */
  readonly searchPath?: string;
}

export async function provideRunServers(options: RunServerOptions): Promise<RunServers> {
  if (options.valkeyUrl !== undefined) {
    const server = await sharedServer(ServerAddress.parse(options.valkeyUrl));
    return { original: server, migrated: server };
  }
  const binary = findOnPath('valkey-server', options.searchPath);
  if (!binary) throw new ValkeyServerNotFoundError();
  const spawned = async (): Promise<RunServer> => {
    const server = await startValkeyServer(binary, options.scope, options.signal);
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
