/**
 * Turns a migration result into the tools' answer: the shared summary (failed files, clients left as written,
 * TODOs, counts) and what was written, the diff as its own text block, and the
 * structured output. A run with a failed file is an `isError` answer that still carries the report, since the
 * SDK skips output validation for errors and the client can still read which files failed and why.
 */
import type { ToolAnswer } from './define-tool.js';
import type { MigrationOutput } from './migration-output.js';
import { summaryLines } from '../engine/report/summary-text.js';
import { diffUri, type DiffStore } from './diff-store.js';

export type MigrationMode = 'preview' | 'apply';

function outcome(output: MigrationOutput, mode: MigrationMode): string {
  const { report } = output;
  if (report.summary.errors > 0) return 'Nothing was written: fix the failed files and run again.';
  if (report.written) return 'Changes written.';
  if (report.summary.changed === 0) return 'Nothing to migrate.';
  return mode === 'preview' ? 'Preview only: nothing written. Call apply_migration to write.' : 'Nothing written.';
}

export function migrationAnswer(output: MigrationOutput, mode: MigrationMode, large?: { readonly limit: number; readonly store: DiffStore }): ToolAnswer<MigrationOutput> {
  const lines = [...summaryLines(output.report), outcome(output, mode)];
  const isError = output.report.summary.errors > 0;
  const bytes = Buffer.byteLength(output.diff, 'utf8');
  if (!large || bytes <= large.limit) return { structured: output, text: [lines.join('\n'), output.diff], isError };
  // Too large to send inline: the diff waits in the server's store, and the answer links to it.
  const stored = large.store.put(output.diff, `${mode === 'apply' ? 'Applied' : 'Previewed'} migration, ${output.report.summary.changed} file(s)`);
  const uri = diffUri(stored.id);
  lines.push(`The diff (${bytes} bytes) is too large to send inline; read it from ${uri}.`);
  const link = { uri, name: `diff-${stored.id}`, mimeType: 'text/x-diff', description: `Unified diff of ${output.report.summary.changed} changed file(s)` };
  return { structured: { ...output, diff: '', diffResource: uri }, text: [lines.join('\n')], isError, links: [link] };
}
