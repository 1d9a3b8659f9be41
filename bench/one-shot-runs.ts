/**
 * Peak memory of one dry-run migration of the whole synthetic project, each measured in a fresh child process
 * doing that one job (see measure-child.mjs) so that nothing this benchmark has loaded counts. Read the
 * migration's figure next to the parse floor's: both include Node's own baseline, the difference is what the
 * engine (jscodeshift, recast, the rules, the parsed files it keeps for the second pass) holds on top. The
 * same children give the one-shot wall time, module loading included. Children run one at a time, alternating.
 */
import { runJob, type JobMode, type JobResult } from './child-job.js';
import type { Workload } from './migration-speed.js';

type OneShotMode = Exclude<JobMode, 'check'>;

export async function measureOneShotRuns(repoRoot: string, workload: Workload, runs: number): Promise<Record<OneShotMode, JobResult[]>> {
  const results: Record<OneShotMode, JobResult[]> = { migrate: [], parse: [] };
  for (let round = 0; round < runs; round++) {
    for (const mode of ['migrate', 'parse'] as const) {
      results[mode].push(await runJob(repoRoot, { mode, warmups: 0, runs: 1, ...workload }));
    }
  }
  return results;
}
