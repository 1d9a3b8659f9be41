/**
 * The decision across modules: the clients of all files, joined into families wherever a client crosses a module
 * boundary (exported and imported, passed to another module's function), so that a client blocked in one file is
 * left as written in every file it reaches. And the report's view of the result: one entry per family.
 */
import type { SourceLibrary } from '../analyse/types.js';
import type { SourceMigration } from '../migrate-source.js';
import type { ClientRecord } from './client-records.js';
import type { ClientFamilyReport } from '../report/migration-report.js';
import type { ModuleLink } from './module-links.js';
import { UnionFind } from './union-find.js';

export interface MigratedFile {
  /** The path the report shows. */
  readonly path: string;
  readonly absolute: string;
  readonly migration: SourceMigration;
}

/** What the bindings of each file do not show: joins made by re-exports, and exports reached in unfollowed ways. */
export interface CrossModuleFacts {
  readonly joins: readonly (readonly [string, string])[];
  readonly unfollowed: readonly {
    readonly key: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly library: SourceLibrary;
  }[];
}

export const NO_CROSS_MODULE_FACTS: CrossModuleFacts = { joins: [], unfollowed: [] };

const UNFOLLOWED =
  'another module reaches this client in a way the codemod does not follow (a namespace import, the whole module object, a dynamic import); it would receive a GLIDE client';

/** Resolves a relative module specifier written in `fromAbsolute` to the absolute path of the module, if found. */
export type ModuleResolver = (fromAbsolute: string, specifier: string) => string | undefined;

function linkKey(file: MigratedFile, link: ModuleLink, resolve: ModuleResolver): string | undefined {
  if (link.kind === 'export') return `export ${file.absolute} ${link.exportName}`;
  if (link.kind === 'parameter') return `parameter ${file.absolute} ${link.exportName} ${link.index}`;
  const target = resolve(file.absolute, link.specifier);
  if (!target) return undefined;
  return link.kind === 'import' ? `export ${target} ${link.exportName}` : `parameter ${target} ${link.exportName} ${link.index}`;
}

const nodeKey = (file: MigratedFile, record: ClientRecord) => `client ${file.absolute} ${record.id}`;

/** A client passed to another module's function whose receiving parameter no module's analysis found. */
interface UnmatchedArgument {
  readonly key: string;
  readonly file: MigratedFile;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * The clients passed to a function of another module where no module of the project holds that function's
 * parameter: the function is re-exported from a module the codemod does not follow there, or it is not a function
 * the module declares. What the function does with the client is unknown, so the client stays as written.
 */
function unmatchedArguments(files: readonly MigratedFile[], resolve: ModuleResolver, families: UnionFind): UnmatchedArgument[] {
  // A re-export joins the parameter key callers name to the one of the module the function comes from.
  const parameters = new Set<string>();
  for (const file of files) {
    for (const record of file.migration.clients) {
      for (const link of record.links) if (link.kind === 'parameter') parameters.add(families.find(linkKey(file, link, resolve) as string));
    }
  }
  const unmatched: UnmatchedArgument[] = [];
  for (const file of files) {
    for (const record of file.migration.clients) {
      for (const link of record.links) {
        if (link.kind !== 'argument') continue;
        const other = linkKey(file, link, resolve);
        if (!other || parameters.has(families.find(other))) continue;
        const called = link.exportName === 'default' ? `the default export of '${link.specifier}'` : `${link.exportName} of '${link.specifier}'`;
        const message = `the client is passed to ${called}, which the codemod cannot follow to the code receiving it (re-exported from another module, or not a function that module declares); it would receive a GLIDE client`;
        unmatched.push({ key: nodeKey(file, record), file, line: link.line, column: link.column, message });
      }
    }
  }
  return unmatched;
}

function projectFamilies(files: readonly MigratedFile[], resolve: ModuleResolver, cross: CrossModuleFacts): UnionFind {
  const families = new UnionFind();
  for (const [a, b] of cross.joins) families.join(a, b);
  for (const file of files) {
    for (const record of file.migration.clients) {
      const key = nodeKey(file, record);
      families.find(key);
      for (const target of record.flowsInto) families.join(key, `client ${file.absolute} ${target}`);
      for (const link of record.links) {
        const other = linkKey(file, link, resolve);
        if (other) families.join(key, other);
      }
    }
  }
  return families;
}

/**
 * For each file, the bindings that must stay as written because their family is blocked somewhere in the project;
 * only files whose set grew are listed.
 */
export function bindingsToBlock(
  files: readonly MigratedFile[],
  resolve: ModuleResolver,
  cross: CrossModuleFacts = NO_CROSS_MODULE_FACTS,
): Map<MigratedFile, Set<number>> {
  const families = projectFamilies(files, resolve, cross);
  const blockedRoots = new Set([...cross.unfollowed, ...unmatchedArguments(files, resolve, families)].map((entry) => families.find(entry.key)));
  for (const file of files) {
    for (const record of file.migration.clients) if (record.blocked) blockedRoots.add(families.find(nodeKey(file, record)));
  }
  const grown = new Map<MigratedFile, Set<number>>();
  for (const file of files) {
    const records = file.migration.clients;
    const wanted = new Set(records.filter((record) => blockedRoots.has(families.find(nodeKey(file, record)))).map((record) => record.id));
    if (records.some((record) => wanted.has(record.id) && !record.blocked)) grown.set(file, wanted);
  }
  return grown;
}

/** One entry per family, in file order: which client, and what keeps it from being migrated. */
export function describeFamilies(
  files: readonly MigratedFile[],
  resolve: ModuleResolver,
  cross: CrossModuleFacts = NO_CROSS_MODULE_FACTS,
): ClientFamilyReport[] {
  const families = projectFamilies(files, resolve, cross);
  const unmatched = unmatchedArguments(files, resolve, families);
  const displayOf = new Map(files.map((file) => [file.absolute, file.path]));
  const members = new Map<string, { file: MigratedFile; record: ClientRecord }[]>();
  for (const file of files) {
    for (const record of file.migration.clients) {
      const root = families.find(nodeKey(file, record));
      members.set(root, [...(members.get(root) ?? []), { file, record }]);
    }
  }
  const described: ClientFamilyReport[] = [];
  for (const group of members.values()) {
    const first = group.find((member) => member.record.created) ?? group[0];
    const inFamily = (file: MigratedFile, client: number | null | undefined) =>
      client === undefined || group.some((member) => member.file === file && member.record.id === client);
    const blockedBy = files.flatMap((file) =>
      file.migration.blockers
        .filter((blocker) => inFamily(file, blocker.client))
        .map(({ ruleId, line, column, message }) => ({ ruleId, path: file.path, line, column, message })),
    );
    const root = families.find(nodeKey(group[0].file, group[0].record));
    for (const entry of cross.unfollowed.filter((candidate) => families.find(candidate.key) === root)) {
      const { line, column } = entry;
      blockedBy.push({ ruleId: 'client-escapes', path: displayOf.get(entry.file) ?? entry.file, line, column, message: UNFOLLOWED });
    }
    for (const entry of unmatched.filter((candidate) => families.find(candidate.key) === root)) {
      blockedBy.push({ ruleId: 'client-escapes', path: entry.file.path, line: entry.line, column: entry.column, message: entry.message });
    }
    const blocked = group.some((member) => member.record.blocked);
    const { line, column, name, library, topology } = first.record;
    const calls: Record<string, number> = {};
    for (const method of group.flatMap((member) => member.record.calls).sort()) calls[method] = (calls[method] ?? 0) + 1;
    described.push({ path: first.file.path, line, column, name, library, topology, calls, status: blocked ? 'blocked' : 'migrated', blockedBy: blocked ? blockedBy : [] });
  }
  // A construction no name holds is a client of its own, left as it is.
  for (const file of files) {
    for (const blocker of file.migration.blockers.filter((entry) => entry.client === null)) {
      const { ruleId, line, column, message } = blocker;
      const library = blocker.library ?? 'ioredis';
      described.push({ path: file.path, line, column, name: '', library, calls: {}, status: 'blocked', blockedBy: [{ ruleId, path: file.path, line, column, message }] });
    }
  }
  return described;
}
