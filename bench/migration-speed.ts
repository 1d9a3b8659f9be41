/**
 * Migration speed: the wall time of a dry-run `migrateProject` (the public API, from the built dist/, as users
 * run it) next to the parse floor (read + parse with @babel/parser, see parse-floor.mjs) of the same files.
 * Each side runs in its own fresh process (measure-child.mjs) with warm-up runs first, so that neither warms,
 * pollutes or collects garbage for the other; the medians of the timed runs are compared. A ratio near 1 would
 * mean the codemod costs about what merely reading the project costs.
 *
 * The sides take turns over several rounds, a fresh process each time, and each side's timed runs are pooled: on
 * a shared machine a slow spell then falls on both sides instead of on whichever happened to be running.
 */
import { runJob, type JobResult } from './child-job.js';

/** What to migrate: `paths` (files or directories) as handed to migrateProject, resolved against `cwd`. */
export interface Workload {
  readonly cwd: string;
  readonly paths: readonly string[];
}

export interface MigrationSpeed {
  readonly migrate: JobResult;
  readonly parse: JobResult;
}

export async function measureMigrationSpeed(
  repoRoot: string,
  workload: Workload,
  runs: number,
  warmups: number,
  rounds: number,
): Promise<MigrationSpeed> {
  const migrate: JobResult[] = [];
  const parse: JobResult[] = [];
  for (let round = 0; round < rounds; round += 1) {
    migrate.push(await runJob(repoRoot, { mode: 'migrate', warmups, runs, ...workload }));
    parse.push(await runJob(repoRoot, { mode: 'parse', warmups, runs, ...workload }));
  }
  return { migrate: pooled(migrate), parse: pooled(parse) };
}

/** One result for the jobs of one side: every timed run, the fewest warm-ups any job had, the last report. */
function pooled(jobs: readonly JobResult[]): JobResult {
  const last = jobs[jobs.length - 1];
  return {
    ...last,
    millis: jobs.flatMap((job) => job.millis),
    warmups: Math.min(...jobs.map((job) => job.warmups)),
    firstRunWallMillis: jobs[0].firstRunWallMillis,
    peakRssMiB: Math.max(...jobs.map((job) => job.peakRssMiB)),
  };
}
