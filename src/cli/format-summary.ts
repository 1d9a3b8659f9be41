/**
 * The human summary after a migrate run: errors with `file:line:column`, every TODO with its place, then the
 * counts, and whether anything was written. Zero selected files is said out loud.
 */
import type { MigrationReport } from '../engine/report/migration-report.js';

export function formatSummary(report: MigrationReport, paths: readonly string[]): string {
  const lines: string[] = [];
  if (report.summary.files === 0) {
    return `No JavaScript or TypeScript files found under ${paths.join(', ')}: nothing to migrate.\n`;
  }
  for (const file of report.files) {
    if (file.error) {
      const where = file.error.line === undefined ? file.path : `${file.path}:${file.error.line}:${file.error.column ?? 1}`;
      lines.push(`error  ${where}: ${file.error.message}`);
    }
    for (const entry of file.diagnostics) {
      lines.push(`todo   ${file.path}:${entry.line}:${entry.column}: ${entry.ruleId}: ${entry.message}`);
    }
  }
  const { summary } = report;
  const counts = `${summary.files} file(s): ${summary.changed} changed, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${summary.errors} failed; ${summary.edits} edit(s), ${summary.todos} TODO(s)`;
  lines.push(counts);
  if (summary.errors > 0) lines.push('Nothing was written: fix the failed files and run again.');
  else if (report.written) lines.push('Changes written.');
  else if (summary.changed > 0) lines.push('Dry run: nothing written. Run again with --write to apply.');
  return `${lines.join('\n')}\n`;
}
