/**
 * What verify found different between the original and the migrated run, as data: the CLI prints it, the library
 * returns it. Only the first difference is kept, in the order a person would look: the run did not finish, then
 * the exit code, then stdout line by line, then the keyspace key by key (sorted by database, then key).
 */
import type { KeyspaceEntry } from './keyspace-snapshot.js';

export type Side = 'original' | 'migrated';

export type RunDifference =
  | { readonly kind: 'timeout'; readonly sides: readonly Side[]; readonly timeoutMs: number }
  | { readonly kind: 'exit-code'; readonly original: string; readonly migrated: string }
  | { readonly kind: 'stdout-line'; readonly line: number; readonly original: string | undefined; readonly migrated: string | undefined }
  | { readonly kind: 'key'; readonly db: number; readonly key: string; readonly original: KeyspaceEntry | undefined; readonly migrated: KeyspaceEntry | undefined };
