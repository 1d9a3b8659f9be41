/**
 * Section 3 of `npm run bench`: peak RSS of one dry-run migration of the whole synthetic project in a fresh
 * process, next to the parse floor's in a fresh process, and the one-shot wall time of each (module loading
 * included: what a single CLI run costs). No target; the figures are there to catch regressions.
 */
import type { JobResult } from '../child-job.js';
import { measureOneShotRuns } from '../one-shot-runs.js';
import { median } from '../stats.js';
import { mib, ms, samples, times, type Summary } from '../summary.js';
import type { SyntheticProject } from '../synthetic-project.js';

export async function memorySection(repoRoot: string, project: SyntheticProject, runs: number, summary: Summary): Promise<void> {
  console.log(`\n3. Peak RSS: process.resourceUsage().maxRSS of a fresh \`node\` child (no tsx) that does the job once`);
  console.log(`   median of ${runs} children per job, alternating; wall = child start to result, module loading included`);
  const children = await measureOneShotRuns(repoRoot, { cwd: project.root, paths: [project.root] }, runs);
  const report = (label: string, results: readonly JobResult[]) => {
    const rss = results.map((run) => run.peakRssMiB);
    const wall = results.map((run) => run.firstRunWallMillis);
    console.log(`   ${label.padEnd(28)} peak RSS median ${mib(median(rss)).padStart(9)} ${samples(rss)}   wall median ${ms(median(wall))} ${samples(wall)}`);
    summary.add(`Peak RSS, ${label} (fresh process)`, mib(median(rss)));
    return { rss: median(rss), wall: median(wall) };
  };
  const migrate = report(`migrateProject, ${project.files.length} files`, children.migrate);
  const parse = report('parse floor, same files', children.parse);
  console.log(`   the migration holds ${mib(migrate.rss - parse.rss)} more than the parse floor`);
  console.log(`   one-shot wall: migration ${ms(migrate.wall)} vs parse floor ${ms(parse.wall)} = ${times(migrate.wall / parse.wall)}`);
  summary.add('One-shot wall, migration / parse floor', times(migrate.wall / parse.wall), '', `${ms(migrate.wall)} vs ${ms(parse.wall)}`);
}
