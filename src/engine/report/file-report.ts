/**
 * The one way a file's outcome becomes its report entry, for project runs, snippets and every door.
 */
import { InternalError, type CodemodError } from '../errors.js';
import type { SourceMigration } from '../migrate-source.js';
import type { FileReport } from './migration-report.js';

export function fileReport(result: SourceMigration): FileReport {
  const status = result.changed ? 'changed' : 'unchanged';
  const stillImports = result.stillImports.length > 0 ? { stillImports: [...result.stillImports] } : {};
  return { path: result.path, status, edits: [...result.edits], diagnostics: [...result.diagnostics], ...stillImports };
}

export function errorReport(path: string, failure: CodemodError): FileReport {
  // A defect of ours keeps the stack of what was thrown, for `--debug` and bug reports; a user's mistake needs none.
  const stack = failure instanceof InternalError && failure.cause instanceof Error ? failure.cause.stack : undefined;
  const error = { code: failure.code, message: failure.message, line: failure.line, column: failure.column, ...(stack ? { stack } : {}) };
  return { path, status: 'error', edits: [], diagnostics: [], error };
}
