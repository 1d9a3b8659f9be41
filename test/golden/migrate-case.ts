/**
 * Runs the engine over a case's `input/` (without writing) and returns the complete tree it would leave:
 * every input file, with the migrated text for the files the engine changed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateProject, type ProjectMigration } from '../../src/index.js';
import { listFiles } from './fixture-cases.js';

export interface MigratedTree {
  readonly files: ReadonlyMap<string, string>;
  readonly migration: ProjectMigration;
}

export async function migrateTree(directory: string, options: { readonly partial?: boolean } = {}): Promise<MigratedTree> {
  const migration = await migrateProject({ paths: ['.'], cwd: directory, partial: options.partial });
  const files = new Map<string, string>();
  for (const file of listFiles(directory)) files.set(file, readFileSync(path.join(directory, file), 'utf8'));
  for (const change of migration.changes) files.set(change.path, change.after);
  return { files, migration };
}

/** What case.json lists of a migration: the TODOs, and the clients left as written with what keeps them there. */
export function reportedExpectations(migration: ProjectMigration) {
  const diagnostics = migration.report.files.flatMap((file) =>
    file.diagnostics.map((entry) => ({ ruleId: entry.ruleId, file: file.path, line: entry.line })),
  );
  const blocked = migration.report.clients
    .filter((client) => client.status === 'blocked')
    .map((client) => ({
      file: client.path,
      line: client.line,
      blockedBy: client.blockedBy.map((site) => ({ ruleId: site.ruleId, file: site.path, line: site.line })),
    }));
  return { diagnostics, blocked };
}
