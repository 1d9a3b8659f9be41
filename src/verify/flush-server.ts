/**
 * Empties every database of a server that verify reuses (`--valkey-url`), before each run, so the migrated run
 * starts from the same (empty) keyspace as the original run and neither sees the other's keys.
 */
import { withRespConnection } from './resp-connection.js';
import type { ServerAddress } from './server-address.js';

export async function flushServer(address: ServerAddress): Promise<void> {
  await withRespConnection(address, (connection) => connection.command('FLUSHALL'));
}
