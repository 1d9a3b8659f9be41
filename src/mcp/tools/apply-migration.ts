/**
 * `apply_migration`: migrates a file or directory and writes the result, all files or none (the engine stages
 * and renames only when every file succeeded). Idempotent: a second run finds nothing left to change. It is
 * the destructive twin of `migrate`, kept a separate tool so a client can ask for confirmation on it alone.
 */
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { workspacePath, type Workspace } from '../workspace.js';
import { migrationAnswer } from '../migration-answer.js';
import type { DiffStore } from '../diff-store.js';
import { migrationOutputSchema } from '../migration-output.js';
import { PARTIAL_INPUT } from '../partial-input.js';
import { runProjectMigration } from '../run-project-migration.js';
import type { ServerLimits } from '../limits.js';

const input = z.object({
  path: z.string().describe('File or directory to migrate in place, absolute or relative to the server working directory'),
  partial: PARTIAL_INPUT,
});

export function applyMigrationTool(workspace: Workspace, limits: ServerLimits, diffs: DiffStore) {
  return defineTool({
  name: 'apply_migration',
  title: 'Apply a migration to Valkey GLIDE',
  description:
    'Migrate the ioredis / node-redis code under `path` to Valkey GLIDE and write the files. Writes all files or ' +
    'none: if any file fails (e.g. a syntax error) nothing is written and the error names file:line:column. ' +
    'Returns the same diff and report as `migrate`; `report.written` says whether files were written. ' +
    'Preview with `migrate` first.',
  input,
  output: migrationOutputSchema,
  annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false },
  async run({ path, partial = false }, extra) {
    const { diff, report } = await runProjectMigration({ target: await workspacePath(workspace, path), write: true, partial }, extra, limits);
    return migrationAnswer({ diff, report }, 'apply', { limit: limits.inlineDiffBytes, store: diffs });
  },
});
}
