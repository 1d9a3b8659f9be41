/**
 * Turns a migration result into the tools' answer: the shared summary (failed files, clients left as written,
 * TODOs, counts) and what was written, the diff as its own text block, and the
 * structured output. A run with a failed file is an `isError` answer that still carries the report, since the
 * SDK skips output validation for errors and the client can still read which files failed and why.
 */
import type { ToolAnswer } from './define-tool.js';
import type { MigrationOutput } from './migration-output.js';
import { summaryLines } from '../engine/report/summary-text.js';

export type MigrationMode = 'preview' | 'apply';

function outcome(output: MigrationOutput, mode: MigrationMode): string {
  const { report } = output;
  if (report.summary.errors > 0) return 'Nothing was written: fix the failed files and run again.';
  if (report.written) return 'Changes written.';
  if (report.summary.changed === 0) return 'Nothing to migrate.';
  return mode === 'preview' ? 'Preview only: nothing written. Call apply_migration to write.' : 'Nothing written.';
}

export function migrationAnswer(output: MigrationOutput, mode: MigrationMode): ToolAnswer<MigrationOutput> {
  const lines = [...summaryLines(output.report), outcome(output, mode)];
  return { structured: output, text: [lines.join('\n'), output.diff], isError: output.report.summary.errors > 0 };
}
