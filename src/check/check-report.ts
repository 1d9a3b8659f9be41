/** The shape of `check`'s answer, for the CLI's JSON and the MCP tool's structured output (no engine loaded). */
import { z } from 'zod';
import { checkFindingSchema } from './finding.js';

export const checkReportSchema = z.object({
  findings: z.array(checkFindingSchema),
  suppressed: z.number().int().describe('Findings a `glide-codemod-ignore` comment suppressed'),
  files: z.number().int(),
  errors: z.array(z.object({ file: z.string(), message: z.string() })).describe('Files the check could not read or parse'),
});

export type CheckReport = z.infer<typeof checkReportSchema>;
