/**
 * A baseline: the fingerprints of the findings a team accepts for now, so an old codebase can adopt the gate today
 * and ratchet down. `check --baseline` fails only on findings not in it; `--update-baseline` writes the current
 * ones (sorted, so the file diffs well) and so drops what has been fixed.
 */
import { z } from 'zod';
import type { CheckFinding } from './finding.js';

export const baselineSchema = z.object({
  version: z.literal(1),
  fingerprints: z.array(z.string()),
});

export type Baseline = z.infer<typeof baselineSchema>;

export function baselineOf(findings: readonly CheckFinding[]): Baseline {
  return { version: 1, fingerprints: [...new Set(findings.map((finding) => finding.fingerprint))].sort() };
}

/** Findings the baseline does not hold, and how many it does. */
export function newFindings(findings: readonly CheckFinding[], baseline: Baseline): { readonly fresh: CheckFinding[]; readonly known: number } {
  const known = new Set(baseline.fingerprints);
  const fresh = findings.filter((finding) => !known.has(finding.fingerprint));
  return { fresh, known: findings.length - fresh.length };
}
