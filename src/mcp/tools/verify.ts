/**
 * `verify`: the differential run of the user's own program, the same function as `glide-codemod verify`: the
 * project is copied, the copy migrated, and the original and the migrated entry run against fresh valkey-servers
 * (or `valkeyUrl`, flushed before each run); exit code, stdout and keyspace are compared. Nothing of the project
 * is written. A cancellation stops the runs and cleans up the servers.
 */
import { z } from 'zod';
import { defineTool } from '../define-tool.js';
import { workspacePath, type Workspace } from '../workspace.js';

const input = z.object({
  path: z.string().describe('The project folder, absolute or relative to the server working directory'),
  entry: z.string().describe('The program to run, relative to the project folder (.js/.mjs/.cjs on node, TypeScript through tsx)'),
  args: z.array(z.string()).optional().describe('Arguments passed to the program'),
  valkeyUrl: z.string().optional().describe('A server to use for both runs instead of two fresh ones; it is flushed before each run'),
  timeoutMs: z.number().int().positive().optional().describe('Kill a run that takes longer (default 30000)'),
});

const side = z.object({
  exit: z.string(),
  stdoutLines: z.number(),
  keys: z.number(),
  durationMs: z.number(),
  timedOut: z.boolean(),
});

const output = z.object({
  same: z.boolean(),
  difference: z.string().optional().describe('The first difference, as a sentence with both sides shown'),
  migrationOutcome: z.enum(['migrated', 'partly-blocked', 'nothing-migrated']),
  original: side,
  migrated: side,
});

type Difference = NonNullable<Awaited<ReturnType<typeof import('../../index.js').verify>>['difference']>;

function describeDifference(difference: Difference): string {
  switch (difference.kind) {
    case 'timeout':
      return `the ${difference.sides.join(' and the ')} run did not finish within ${difference.timeoutMs} ms`;
    case 'exit-code':
      return `exit code: original ${difference.original}, migrated ${difference.migrated}`;
    case 'stdout-line':
      return `stdout line ${difference.line}: original ${JSON.stringify(difference.original ?? null)}, migrated ${JSON.stringify(difference.migrated ?? null)}`;
    case 'key':
      return `key ${JSON.stringify(difference.key)} (db ${difference.db}): original ${JSON.stringify(difference.original ?? null)}, migrated ${JSON.stringify(difference.migrated ?? null)}`;
  }
}

export function verifyTool(workspace: Workspace) {
  return defineTool({
    name: 'verify',
    title: 'Verify a migration by running the program before and after',
    description:
      'Copy the project at `path`, migrate the copy, run the original and the migrated `entry` against fresh ' +
      'valkey-servers (VALKEY_HOST, VALKEY_PORT, REDIS_URL and VALKEY_URL point at each) and compare exit code, ' +
      'stdout and the keyspace left behind. Answers same, or the first difference. Writes nothing in the project; ' +
      'needs valkey-server on PATH (or `valkeyUrl`, which is flushed).',
    input,
    output,
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    async run(request, extra) {
      const engine = await import('../../index.js');
      extra.signal.throwIfAborted();
      const directory = await workspacePath(workspace, request.path);
      let result;
      try {
        result = await engine.verify({
          directory,
          entry: request.entry,
          cwd: process.cwd(),
          args: request.args,
          valkeyUrl: request.valkeyUrl,
          timeoutMs: request.timeoutMs,
          signal: extra.signal,
        });
      } catch (error) {
        // A project, entry or server that is not there: said as it is, like the CLI's usage errors.
        if (error instanceof engine.VerifyError) throw new engine.InvalidRequestError(error.message);
        throw error;
      }
      const summary = (run: typeof result.original) => ({ exit: run.exit, stdoutLines: run.stdoutLines, keys: run.keys, durationMs: run.durationMs, timedOut: run.timedOut });
      const difference = result.difference ? describeDifference(result.difference) : undefined;
      const structured = { same: result.same, ...(difference ? { difference } : {}), migrationOutcome: result.migrationOutcome, original: summary(result.original), migrated: summary(result.migrated) };
      const outcome = result.migrationOutcome === 'migrated' ? '' : ` (migration: ${result.migrationOutcome})`;
      return { structured, text: [result.same ? `same${outcome}` : `different${outcome}: ${difference}`], isError: false };
    },
  });
}
