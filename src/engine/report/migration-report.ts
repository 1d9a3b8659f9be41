/**
 * The one report every door speaks: the CLI's `--json`, the MCP tools' `structuredContent`, and later SARIF are
 * all this schema, so what an assistant previews is exactly what CI checks.
 */
import { z } from 'zod';

export const editSchema = z.object({
  ruleId: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  summary: z.string(),
});

export const diagnosticSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['todo', 'warning']),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

export const fileErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const fileReportSchema = z.object({
  path: z.string().describe('Path of the file, relative to the working directory when it lies below it'),
  status: z.enum(['changed', 'unchanged', 'skipped', 'error']),
  reason: z.string().optional().describe('Why a file was skipped'),
  edits: z.array(editSchema),
  diagnostics: z.array(diagnosticSchema),
  error: fileErrorSchema.optional(),
});

export const migrationSummarySchema = z.object({
  files: z.number().int(),
  changed: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  errors: z.number().int(),
  edits: z.number().int(),
  todos: z.number().int(),
});

export const migrationReportSchema = z.object({
  written: z.boolean().describe('Whether the migrated files were written to disk'),
  summary: migrationSummarySchema,
  files: z.array(fileReportSchema),
});

export type FileReport = z.infer<typeof fileReportSchema>;
export type MigrationSummary = z.infer<typeof migrationSummarySchema>;
export type MigrationReport = z.infer<typeof migrationReportSchema>;

export function summarise(files: readonly FileReport[]): MigrationSummary {
  const count = (status: FileReport['status']) => files.filter((file) => file.status === status).length;
  return {
    files: files.length,
    changed: count('changed'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
    errors: count('error'),
    edits: files.reduce((total, file) => total + file.edits.length, 0),
    todos: files.reduce((total, file) => total + file.diagnostics.filter((entry) => entry.severity === 'todo').length, 0),
  };
}
