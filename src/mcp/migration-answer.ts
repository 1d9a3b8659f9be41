/**
 * Turns a migration result into the tools' answer: a short summary (failed files as `file:line:column`, every
 * TODO(glide-codemod) with its place, the counts, what was written), the diff as its own text block, and the
 * structured output. A run with a failed file is an `isError` answer that still carries the report, since the
 * SDK skips output validation for errors and the client can still read which files failed and why.
 */
import type { ToolAnswer } from './define-tool.js';
import type { MigrationOutput } from './migration-output.js';

export type MigrationMode = 'preview' | 'apply';

function outcome(output: MigrationOutput, mode: MigrationMode): string {
  const { report } = output;
  if (report.summary.errors > 0) return 'Nothing was written: fix the failed files and run again.';
  if (report.written) return 'Changes written.';
  if (report.summary.changed === 0) return 'Nothing to migrate.';
  return mode === 'preview' ? 'Preview only: nothing written. Call apply_migration to write.' : 'Nothing written.';
}

export function migrationAnswer(output: MigrationOutput, mode: MigrationMode): ToolAnswer<MigrationOutput> {
  const { report } = output;
  const lines: string[] = [];
  for (const file of report.files) {
    if (file.error) {
      const where = file.error.line === undefined ? file.path : `${file.path}:${file.error.line}:${file.error.column ?? 1}`;
      lines.push(`error ${where}: ${file.error.message}`);
    }
    for (const entry of file.diagnostics) {
      lines.push(`todo  ${file.path}:${entry.line}:${entry.column}: TODO(glide-codemod) ${entry.ruleId}: ${entry.message}`);
    }
  }
  const { summary } = report;
  lines.push(
    `${summary.files} file(s): ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ` +
      `${summary.errors} failed; ${summary.edits} edit(s), ${summary.todos} TODO(s).`,
  );
  lines.push(outcome(output, mode));
  return { structured: output, text: [lines.join('\n'), output.diff], isError: summary.errors > 0 };
}
