/**
 * Migration speed: the wall time of a dry-run `migrateProject` (the public API, from the built dist/, as users
 * run it) next to the parse floor (read + parse with @babel/parser, see parse-floor.mjs) of the same files.
 * Each side runs in its own fresh process (measure-child.mjs) with warm-up runs first, so that neither warms,
 * pollutes or collects garbage for the other; the medians of the timed runs are compared. A ratio near 1 would
 * mean the codemod costs about what merely reading the project costs.
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

export async function measureMigrationSpeed(repoRoot: string, workload: Workload, runs: number, warmups: number): Promise<MigrationSpeed> {
  const migrate = await runJob(repoRoot, { mode: 'migrate', warmups, runs, ...workload });
  const parse = await runJob(repoRoot, { mode: 'parse', warmups, runs, ...workload });
  return { migrate, parse };
}
