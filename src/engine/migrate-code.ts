/**
 * Migrates a snippet held in memory (an editor buffer, an MCP request): the same pipeline as a project run,
 * answering with the same report and a diff, and never touching the disk.
 */
import { describeFamilies } from './decide/project-families.js';
import { asCodemodError, inStage } from './errors.js';
import { migrateParsed } from './migrate-source.js';
import type { ProjectMigration } from './migrate-project.js';
import { parseSource } from './parse.js';
import { errorReport, fileReport } from './report/file-report.js';
import { summarise, type ClientFamilyReport, type FileReport } from './report/migration-report.js';
import { unifiedDiff } from './report/unified-diff.js';
import type { Rule } from './rewrite/rule.js';

export interface CodeMigrationOptions {
  /** The rules to run: the caller's (the engine knows none of its own). */
  readonly rules: readonly Rule[];
  /** Migrate what can be and leave TODOs where a use cannot, instead of keeping that client as written. */
  readonly partial?: boolean;
}

export function migrateCode(
  filename: string,
  code: string,
  options: CodeMigrationOptions,
): ProjectMigration & { readonly output: string } {
  let file: FileReport;
  let output = code;
  let clients: ClientFamilyReport[] = [];
  try {
    const parsed = inStage('parse', () => parseSource(filename, code));
    const result = migrateParsed(parsed, { partial: options.partial, rules: options.rules });
    output = result.after;
    file = fileReport(result);
    clients = describeFamilies([{ path: filename, absolute: filename, migration: result }], () => undefined);
  } catch (error) {
    file = errorReport(filename, asCodemodError(filename, error));
  }
  const changes = output === code ? [] : [{ path: filename, before: code, after: output }];
  const report = { written: false, partial: Boolean(options.partial), summary: summarise([file], clients), clients, files: [file] };
  return { report, changes, diff: unifiedDiff(changes), output, recovered: [] };
}
