/**
 * The human summary after a migrate run: the shared summary lines, then whether anything was written. Zero
 * selected files is said out loud.
 */
import type { MigrationReport } from '../engine/report/migration-report.js';
import { summaryLines } from '../engine/report/summary-text.js';

export function formatSummary(report: MigrationReport, paths: readonly string[]): string {
  if (report.summary.files === 0) {
    return `No JavaScript or TypeScript files found under ${paths.join(', ')}: nothing to migrate.\n`;
  }
  const lines = summaryLines(report);
  const { summary } = report;
  if (summary.errors > 0) lines.push('Nothing was written: fix the failed files and run again.');
  else if (report.written) lines.push('Changes written.');
  else if (summary.changed > 0) lines.push('Dry run: nothing written. Run again with --write to apply.');
  return `${lines.join('\n')}\n`;
}
