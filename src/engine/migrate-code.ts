/**
 * Migrates a snippet held in memory (an editor buffer, an MCP request): the same pipeline as a project run,
 * answering with the same report and a diff, and never touching the disk.
 */
import { CodemodError } from './errors.js';
import { migrateSource } from './migrate-source.js';
import type { ProjectMigration } from './migrate-project.js';
import { summarise, type FileReport } from './report/migration-report.js';
import { unifiedDiff } from './report/unified-diff.js';

export function migrateCode(filename: string, code: string): ProjectMigration & { readonly output: string } {
  let file: FileReport;
  let output = code;
  try {
    const result = migrateSource(filename, code);
    output = result.after;
    const status = result.changed ? 'changed' : 'unchanged';
    file = { path: filename, status, edits: [...result.edits], diagnostics: [...result.diagnostics] };
  } catch (error) {
    if (!(error instanceof CodemodError)) throw error;
    const failure = { code: error.code, message: error.message, line: error.line, column: error.column };
    file = { path: filename, status: 'error', edits: [], diagnostics: [], error: failure };
  }
  const changes = output === code ? [] : [{ path: filename, before: code, after: output }];
  return { report: { written: false, summary: summarise([file]), files: [file] }, changes, diff: unifiedDiff(changes), output };
}
