/**
 * The keyspace snapshot the golden harness compares, for a server named by URL: the same code `glide-codemod
 * verify` uses (src/verify/keyspace-snapshot.ts), so that what the fixtures prove and what users are shown cannot
 * drift apart.
 */
import { takeKeyspaceSnapshot as takeSnapshotAt, type KeyspaceEntry } from '../../src/verify/keyspace-snapshot.js';
import { ServerAddress } from '../../src/verify/server-address.js';

export type { KeyspaceEntry, KeyspaceValue } from '../../src/verify/keyspace-snapshot.js';
export { UnsupportedKeyTypeError } from '../../src/verify/verify-errors.js';

export function takeKeyspaceSnapshot(url: string): Promise<KeyspaceEntry[]> {
  return takeSnapshotAt(ServerAddress.parse(url));
}
