/**
 * The command catalogue: every Redis command the codemod knows, by family, with its names in ioredis, node-redis
 * and GLIDE and how a call is migrated. Rules read their commands from here; the reference pages and `explain`
 * are written from it; a test checks it against the installed GLIDE declarations.
 */
import { BITMAP_COMMANDS } from './bitmaps.js';
import { GEO_COMMANDS } from './geo.js';
import { HASH_COMMANDS } from './hashes.js';
import { HYPERLOGLOG_COMMANDS } from './hyperloglog.js';
import { KEY_COMMANDS } from './keys.js';
import { LIST_COMMANDS } from './lists.js';
import { SERVER_COMMANDS } from './server.js';
import { SCRIPTING_COMMANDS } from './scripting.js';
import { SET_COMMANDS } from './sets.js';
import { SORTED_SET_COMMANDS } from './sorted-sets.js';
import { STRING_COMMANDS } from './strings.js';
import { TRANSACTION_COMMANDS } from './transactions.js';
import type { CommandEntry, CommandMigration, EntryOf } from './types.js';

export type { CommandEntry, CommandFamily, CommandMigration, EntryOf } from './types.js';
export { COMMAND_FAMILIES } from './types.js';

export const COMMAND_CATALOGUE: readonly CommandEntry[] = [
  ...STRING_COMMANDS,
  ...KEY_COMMANDS,
  ...HASH_COMMANDS,
  ...LIST_COMMANDS,
  ...SET_COMMANDS,
  ...SORTED_SET_COMMANDS,
  ...BITMAP_COMMANDS,
  ...HYPERLOGLOG_COMMANDS,
  ...GEO_COMMANDS,
  ...SERVER_COMMANDS,
  ...TRANSACTION_COMMANDS,
  ...SCRIPTING_COMMANDS,
];

/** The source libraries, as the catalogue's fields name them. */
export type CatalogueLibrary = 'ioredis' | 'node-redis';

/** Every method name of the entry in a source library (ioredis' `*Buffer` twins included). */
export function sourceNamesOf(entry: CommandEntry, library: CatalogueLibrary): readonly string[] {
  return library === 'ioredis' ? [...entry.ioredis, ...(entry.ioredisBuffer ?? [])] : entry.nodeRedis;
}

/** The entries a rule migrates, their migration narrowed to that rule's. */
export function entriesMigratedBy<Rule extends CommandMigration['rule']>(rule: Rule): readonly EntryOf<Rule>[] {
  return COMMAND_CATALOGUE.filter((entry): entry is EntryOf<Rule> => entry.migration.rule === rule);
}

/** Every source method name of the entries a rule migrates, per library: the rule's `commands`. */
export function commandNamesMigratedBy(rule: CommandMigration['rule']): Record<CatalogueLibrary, string[]> {
  const entries = entriesMigratedBy(rule);
  // ioredis names one method for all the subcommands of a container command (`config`): listed once, or with the
  // subcommand where the rule owns only that one (`client TRACKINGINFO`, see CommandEntry.ioredisClaim).
  return {
    ioredis: [...new Set(entries.flatMap((entry) => sourceNamesOf(entry, 'ioredis').map((name) => (entry.ioredisClaim ? `${name} ${entry.ioredisSubcommand}` : name))))],
    'node-redis': [...new Set(entries.flatMap((entry) => entry.nodeRedis))],
  };
}

/**
 * The entry a source call names, among the entries of one rule. For ioredis' one method of a container command
 * (`object('ENCODING', key)`) the subcommand, as the call's first argument spells it in upper case, picks the entry.
 */
export function entryForCall<Rule extends CommandMigration['rule']>(
  entries: readonly EntryOf<Rule>[],
  library: CatalogueLibrary,
  method: string,
  subcommand?: string,
): EntryOf<Rule> | undefined {
  return entries.find(
    (entry) => sourceNamesOf(entry, library).includes(method) && (library !== 'ioredis' || entry.ioredisSubcommand === undefined || entry.ioredisSubcommand === subcommand),
  );
}

/** Whether ioredis' `method` is one method for the subcommands of a container command (`object`, `client`). */
export function isContainerMethod(entries: readonly CommandEntry[], method: string): boolean {
  return entries.some((entry) => entry.ioredisSubcommand !== undefined && entry.ioredis.includes(method));
}

/** The Redis docs page of a command. */
export function docsUrlOf(entry: CommandEntry): string {
  return `https://valkey.io/commands/${entry.command.toLowerCase().replace(/ /g, '-')}/`;
}

/**
 * The entry of a node-redis method whose reply with BLOB_STRING mapped to Buffer is proven the same as the migrated
 * call's under `Decoder.Bytes`: client-wide (`'client'`), or also per call (`scope` `'call'`).
 */
export function nodeRedisBufferEntry(method: string, scope: 'client' | 'call'): CommandEntry | undefined {
  const entry = COMMAND_CATALOGUE.find((candidate) => candidate.nodeRedis.includes(method));
  const proven = entry?.nodeRedisBuffers;
  return proven === 'call' || (proven === 'client' && scope === 'client') ? entry : undefined;
}

/**
 * The TypeScript cast of a node-redis call's reply on a client created with BLOB_STRING mapped to Buffer: the
 * entry's own type where it has one, else the cast the rule wrote with its strings (bulk strings) read as Buffers.
 */
export function nodeRedisBufferCast(method: string, cast: string): string {
  const entry = COMMAND_CATALOGUE.find((candidate) => candidate.nodeRedis.includes(method));
  return entry?.nodeRedisBufferCast ?? cast.replace(/\bstring\b/g, 'Buffer');
}
