/** The shape of `validate`'s answer per file, for the CLI's JSON and the MCP tool's structured output. */
import { z } from 'zod';

export const validationReportSchema = z
  .object({
    file: z.string(),
    language: z.enum(['ts', 'js']),
    findings: z.array(
      z
        .object({
          ruleId: z.string().describe('A pitfall id, or type-error for an error against the installed GLIDE types'),
          file: z.string(),
          line: z.number().int(),
          column: z.number().int(),
          message: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
