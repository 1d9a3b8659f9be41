/**
 * `plan`: the migration inventory of a file or directory before anything changes: each client, the commands it
 * uses by family, whether its migration is automatic or what blocks it and what to do instead, the dependencies
 * that can go and the steps. The same function as `glide-codemod plan`; nothing is written.
 */
import { z } from 'zod';
import { planSchema } from '../../plan/plan-schema.js';
import { defineTool } from '../define-tool.js';
import { workspacePath, type Workspace } from '../workspace.js';
import type { ServerLimits } from '../limits.js';
import { withinBounds } from '../call-bounds.js';

const input = z.object({
  path: z.string().describe('File or directory to plan, absolute or relative to the server working directory'),
});

export function planTool(workspace: Workspace, limits: ServerLimits) {
  return defineTool({
  name: 'plan',
  title: 'Plan a migration to Valkey GLIDE',
  description:
    'The migration inventory for `path`: every ioredis / node-redis client (file, library, topology), the commands ' +
    'it uses grouped by family with counts, whether `apply_migration` migrates it automatically or which uses block ' +
    'it and what to do instead, the dependencies that can be removed afterwards, and the steps in order. Writes nothing.',
  input,
  output: planSchema,
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  async run({ path: target }, extra) {
    const engine = await import('../../index.js');
    extra.signal.throwIfAborted();
    const result = await withinBounds(limits, extra, async (bounds) => engine.plan({ paths: [await workspacePath(workspace, target)], cwd: process.cwd(), ...bounds }));
    const automatic = result.families.filter((family) => family.automatic).length;
    const text = [
      `${result.families.length} client famil${result.families.length === 1 ? 'y' : 'ies'}: ${automatic} automatic, ${result.families.length - automatic} blocked.`,
      ...result.steps.map((step, index) => `${index + 1}. ${step}`),
    ].join('\n');
    return { structured: result, text: [text], isError: false };
  },
});
}
