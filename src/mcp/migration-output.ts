/**
 * The structured output of the `migrate` and `apply_migration` tools: the engine's own report (the schema the
 * CLI's `--json` prints), the unified diff, and for a snippet the migrated text, so an assistant can show or
 * paste the result without applying a diff.
 */
import { z } from 'zod';
import { migrationReportSchema } from '../engine/report/migration-report.js';

export const migrationOutputSchema = z.object({
  diff: z.string().describe('Unified diff of every changed file (empty when nothing changes, or when it is served as `diffResource`)'),
  diffResource: z.string().optional().describe('Where a diff too large to send inline can be read (a glide-codemod://diffs/<id> resource)'),
  report: migrationReportSchema.describe('Per-file status, edits and TODO(glide-codemod) diagnostics, and counts'),
  migratedCode: z
    .string()
    .optional()
    .describe('The migrated snippet; only for `code` input, and absent when the snippet could not be parsed'),
});

export type MigrationOutput = z.infer<typeof migrationOutputSchema>;
