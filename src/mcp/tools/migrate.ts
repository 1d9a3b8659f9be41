/**
 * `migrate`: a read-only preview. Takes a snippet (`code`, with a `filename` whose extension picks the parser)
 * or a file or directory (`path`), and answers with the diff, the report and, for a snippet, the migrated code.
 * It never writes; `apply_migration` does. A request must name exactly one input: guessing which one was meant
 * is how argument-sniffing routers go wrong.
 */
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { workspacePath, type Workspace } from '../workspace.js';
import { snippetRefusal, type ServerLimits } from '../limits.js';
import { migrationAnswer } from '../migration-answer.js';
import type { DiffStore } from '../diff-store.js';
import { migrationOutputSchema } from '../migration-output.js';
import { PARTIAL_INPUT } from '../partial-input.js';
import { runProjectMigration } from '../run-project-migration.js';

const input = z.object({
  code: z.string().optional().describe('Source text to migrate in memory (give this or `path`, not both)'),
  filename: z
    .string()
    .optional()
    .describe('Name for `code`; its extension (.ts, .tsx, .js, .mjs, .cjs, .jsx) picks the parser. Default snippet.ts'),
  path: z
    .string()
    .optional()
    .describe('File or directory to preview, absolute or relative to the server working directory (give this or `code`)'),
  partial: PARTIAL_INPUT,
});

export function migrateTool(workspace: Workspace, limits: ServerLimits, diffs: DiffStore) {
  return defineTool({
  name: 'migrate',
  title: 'Preview a migration to Valkey GLIDE',
  description:
    'Preview the migration of ioredis / node-redis code to Valkey GLIDE without writing anything. Give `code` ' +
    '(a snippet) or `path` (a file or directory). Returns a unified diff, a per-file report with ' +
    'TODO(glide-codemod) notes, the clients left as written with every use that keeps them there (a client is ' +
    'migrated only when all its uses can be, unless `partial`), and for a snippet the migrated code.',
  input,
  output: migrationOutputSchema,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ code, filename, path, partial = false }, extra) {
    const engine = await import('../../index.js');
    if ((code === undefined) === (path === undefined)) {
      throw new engine.InvalidRequestError('migrate needs exactly one of `code` (a snippet) or `path` (a file or directory)');
    }
    const refusal = code === undefined ? undefined : snippetRefusal(code, limits);
    if (refusal) throw new engine.InvalidRequestError(refusal);
    if (path !== undefined) {
      if (filename !== undefined) throw new engine.InvalidRequestError('`filename` names a `code` snippet; it cannot go with `path`');
      const { diff, report } = await runProjectMigration({ target: await workspacePath(workspace, path), write: false, partial }, extra, limits);
      return migrationAnswer({ diff, report }, 'preview', { limit: limits.inlineDiffBytes, store: diffs });
    }
    const { diff, report, output } = engine.migrateCode(filename ?? 'snippet.ts', code ?? '', { partial });
    // A snippet that failed to parse has no migrated form; echoing the input back would look like one.
    const migratedCode = report.summary.errors > 0 ? {} : { migratedCode: output };
    return migrationAnswer({ diff, report, ...migratedCode }, 'preview', { limit: limits.inlineDiffBytes, store: diffs });
  },
});
}
