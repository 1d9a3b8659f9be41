/**
 * A real Valkey server for the tests. The golden-file harness runs migrated apps against an actual server, because
 * the point is to prove that the GLIDE code leaves the same data behind as the original client did; a mock would
 * only prove that we agree with ourselves. When `VALKEY_URL` is set that external server is used as is, otherwise a
 * throwaway `valkey-server` is spawned on a free loopback port with persistence off and its own temp directory (by
 * the same launcher `glide-codemod verify` uses, src/verify/spawned-valkey-server.ts), or, with no binary installed,
 * started in a container when a Docker engine answers (valkey-container.ts).
 */
import { CleanupScope } from '../../src/verify/cleanup-scope.js';
import { findOnPath } from '../../src/verify/find-on-path.js';
import { flushServer } from '../../src/verify/flush-server.js';
import { withRespConnection } from '../../src/verify/resp-connection.js';
import { ServerAddress } from '../../src/verify/server-address.js';
import { startValkeyServer as spawnValkeyServer } from '../../src/verify/spawned-valkey-server.js';

export { ValkeyServerStartError } from '../../src/verify/verify-errors.js';

export interface ValkeyServer {
  readonly host: string;
  readonly port: number;
  readonly url: string;
  /** FLUSHALL: empties every database, so that one test's keys never show up in the next one's snapshot. */
  flush(): Promise<void>;
  /** Kills a spawned server and waits for it to exit; a no-op for an external `VALKEY_URL` server. */
  stop(): Promise<void>;
}

/** Neither `valkey-server` on PATH nor `VALKEY_URL`: the message names every way to provide a server. */
export class ValkeyServerUnavailableError extends Error {
  constructor() {
    super(
      [
        'The tests need a real Valkey server, and none is available. Any one of these works:',
        '  1. install valkey-server and valkey-cli (Debian 12: apt-get install -t bookworm-backports valkey-server valkey-tools),',
        '  2. run a Docker engine, so that the tests start Valkey with testcontainers,',
        '  3. set VALKEY_URL=redis://host:port to an external server the tests may flush.',
      ].join('\n'),
    );
    this.name = 'ValkeyServerUnavailableError';
  }
}

const flushUrl = (url: string) => flushServer(ServerAddress.parse(url));

export async function startValkeyServer(): Promise<ValkeyServer> {
  const external = process.env.VALKEY_URL;
  if (external) return useExternalServer(external);
  const binary = findOnPath('valkey-server');
  if (!binary) return startInContainer();
  // One scope per server: stop() disposes it, and its exit hook kills a server whose stop() a test forgot.
  const scope = new CleanupScope();
  let spawned;
  try {
    // Unreferenced, a server whose stop() a test forgot cannot keep mocha from exiting.
    spawned = await spawnValkeyServer(binary, scope, { keepEventLoopAlive: false });
  } catch (error) {
    await scope.dispose();
    throw error;
  }
  const { address } = spawned;
  let stopping: Promise<void> | undefined;
  return {
    host: address.host,
    port: address.port,
    url: address.url,
    flush: () => flushServer(address),
    stop: () => (stopping ??= scope.dispose().then(() => undefined)),
  };
}

/** No binary: a Docker engine, if one answers, runs the official image through testcontainers. */
async function startInContainer(): Promise<ValkeyServer> {
  const { dockerEngineAvailable, startValkeyContainer } = await import('./valkey-container.js');
  if (!(await dockerEngineAvailable())) throw new ValkeyServerUnavailableError();
  return startValkeyContainer(flushUrl);
}

async function useExternalServer(url: string): Promise<ValkeyServer> {
  const address = ServerAddress.parse(url);
  await withRespConnection(address, (connection) => connection.command('PING'));
  return { host: address.host, port: address.port, url, flush: () => flushServer(address), stop: async () => {} };
}
