/** The shape of `plan`'s answer, for the CLI's JSON and the MCP tool's structured output (no engine loaded). */
import { z } from 'zod';

export const planSchema = z.object({
  families: z.array(
    z.object({
      path: z.string(),
      line: z.number().int(),
      column: z.number().int(),
      name: z.string(),
      library: z.enum(['ioredis', 'node-redis']),
      topology: z.enum(['standalone', 'cluster']).optional(),
      automatic: z.boolean().describe('Every use can be migrated: `migrate --write` does it'),
      commands: z.array(z.object({ family: z.string(), calls: z.array(z.object({ method: z.string(), count: z.number().int() })) })),
      blockers: z.array(z.object({ ruleId: z.string(), path: z.string(), line: z.number().int(), message: z.string(), instead: z.string() })),
    }),
  ),
  removableDependencies: z.array(z.string()).describe('Source libraries no client uses once the automatic migrations are applied'),
  steps: z.array(z.string()),
});

export type MigrationPlan = z.infer<typeof planSchema>;
