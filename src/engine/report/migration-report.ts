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
  stack: z.string().optional().describe('For an internal error (a codemod defect): where it was thrown, for a bug report'),
});

export const sourceLibrarySchema = z.enum(['ioredis', 'node-redis']);

export const blockingSiteSchema = z.object({
  ruleId: z.string(),
  path: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});

export const clientFamilySchema = z
  .object({
    path: z.string().describe('File where the client is created (or first reached)'),
    line: z.number().int(),
    column: z.number().int(),
    name: z.string().describe('The name that holds the client there (empty for a client no name holds)'),
    library: sourceLibrarySchema,
    topology: z.enum(['standalone', 'cluster']).optional().describe('Not known for a construction no name holds'),
    calls: z.record(z.number().int()).describe('Each method called on the client, across every name it reaches, with how often'),
    status: z.enum(['migrated', 'blocked']).describe('blocked: the client and every name it reaches stay as written'),
    blockedBy: z.array(blockingSiteSchema).describe('Every use that keeps a blocked client from being migrated'),
  })
  .describe('A client and every name its value reaches, migrated or left as a whole');

export const fileReportSchema = z.object({
  path: z.string().describe('Path of the file, relative to the working directory when it lies below it'),
  status: z.enum(['changed', 'unchanged', 'skipped', 'error']),
  reason: z.string().optional().describe('Why a file was skipped'),
  edits: z.array(editSchema),
  diagnostics: z.array(diagnosticSchema),
  stillImports: z
    .array(sourceLibrarySchema)
    .optional()
    .describe('Source libraries the file still imports or requires once migrated (a client left as written, or code the codemod does not recognise as one)'),
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
  clients: z.object({ migrated: z.number().int(), blocked: z.number().int() }),
  stillNeeded: z.array(sourceLibrarySchema).describe('Source libraries that clients left as written, or files that still import them, still use'),
});

export const migrationReportSchema = z.object({
  written: z.boolean().describe('Whether the migrated files were written to disk'),
  partial: z.boolean().describe('Uses that cannot be migrated were left as TODOs instead of keeping their client as written'),
  summary: migrationSummarySchema,
  clients: z.array(clientFamilySchema),
  files: z.array(fileReportSchema),
});

export type FileReport = z.infer<typeof fileReportSchema>;
export type ClientFamilyReport = z.infer<typeof clientFamilySchema>;
export type MigrationSummary = z.infer<typeof migrationSummarySchema>;
export type MigrationReport = z.infer<typeof migrationReportSchema>;

export function summarise(files: readonly FileReport[], clients: readonly ClientFamilyReport[]): MigrationSummary {
  const count = (status: FileReport['status']) => files.filter((file) => file.status === status).length;
  const blocked = clients.filter((client) => client.status === 'blocked');
  return {
    clients: { migrated: clients.length - blocked.length, blocked: blocked.length },
    stillNeeded: sourceLibrarySchema.options.filter(
      (library) => blocked.some((client) => client.library === library) || files.some((file) => file.stillImports?.includes(library)),
    ),
    files: files.length,
    changed: count('changed'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
    errors: count('error'),
    edits: files.reduce((total, file) => total + file.edits.length, 0),
    todos: files.reduce((total, file) => total + file.diagnostics.filter((entry) => entry.severity === 'todo').length, 0),
  };
}
