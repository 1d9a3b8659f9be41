/**
 * Section 4 of `npm run bench`: `check` (the CI gate: a dry-run migration, the files' own comments, the pitfalls of
 * the files on GLIDE) on the synthetic project, next to the parse floor of the same files. No target: it is the
 * migration's cost plus a read of every file's lines, and the figure says what a CI job pays for the gate.
 */
import { runJob, type JobResult } from '../child-job.js';
import { median } from '../stats.js';
import { ms, samples, times, type Summary } from '../summary.js';
import type { SyntheticProject } from '../synthetic-project.js';

const WARMUPS = 2;
const ROUNDS = 3;

function pooled(jobs: readonly JobResult[]): readonly number[] {
  return jobs.flatMap((job) => job.millis);
}

export async function checkSection(repoRoot: string, project: SyntheticProject, runs: number, summary: Summary): Promise<void> {
  console.log(`\n4. check on the synthetic project (${project.files.length} files) against the parse floor, ${ROUNDS} fresh processes per side taking turns, ${runs} timed runs each`);
  const checks: JobResult[] = [];
  const floors: JobResult[] = [];
  const workload = { cwd: project.root, paths: ['.'] };
  for (let round = 0; round < ROUNDS; round += 1) {
    checks.push(await runJob(repoRoot, { mode: 'check', warmups: WARMUPS, runs, ...workload }));
    floors.push(await runJob(repoRoot, { mode: 'parse', warmups: WARMUPS, runs, ...workload }));
  }
  const [check, floor] = [median(pooled(checks)), median(pooled(floors))];
  console.log(`   check        median ${ms(check).padStart(10)}  runs ${samples(pooled(checks))}; findings ${checks[0].statusCounts.findings ?? 0}`);
  console.log(`   parse floor  median ${ms(floor).padStart(10)}  runs ${samples(pooled(floors))}`);
  console.log(`   ratio ${times(check / floor)}`);
  summary.add(`check, ${project.files.length} files (median of ${ROUNDS * runs})`, ms(check), '', times(check / floor) + ' the parse floor');
}
