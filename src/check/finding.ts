/**
 * One finding of `check`: a client still on ioredis or node-redis, a `TODO(glide-codemod)` left in the code, a GLIDE
 * pitfall, or a suppression that is itself wrong. Its fingerprint names the rule, the file and the text of the line
 * (not its number), so a baseline still recognises it after lines above it move.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const checkFindingSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning']),
  file: z.string().describe('Relative to the working directory when it lies below it'),
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
  fingerprint: z.string().describe('Stable across line moves: the rule, the file and the text of the line'),
  help: z.string().optional().describe('The rule page'),
});

export type CheckFinding = z.infer<typeof checkFindingSchema>;

export function fingerprintOf(ruleId: string, file: string, lineText: string, occurrence: number): string {
  const key = [ruleId, file.split('\\').join('/'), lineText.trim(), String(occurrence)].join('\0');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}
