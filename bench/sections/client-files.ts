/**
 * Section 5 of `npm run bench`: a project where every file uses a client (the worst case against the parse floor:
 * each file is parsed, analysed, rewritten, printed and verified), migrated as a dry run in this thread
 * (`workers: 1`) and on worker threads, next to the parse floor of the same files. Warm figures are medians of
 * timed runs after warm-ups in one process (the threads are kept between runs, as in an MCP server); one-shot
 * figures are a fresh process's first run, module loading and thread start included, as a CLI run pays them.
 * No target: the figures say what the threads buy on this machine.
 */
import { availableParallelism } from 'node:os';
import { runJob, type JobRequest, type JobResult } from '../child-job.js';
import { median } from '../stats.js';
import { ms, samples, times, type Summary } from '../summary.js';
import type { SyntheticProject } from '../synthetic-project.js';

const WARMUPS = 2;
const ROUNDS = 2;

interface Side {
  readonly label: string;
  readonly request: Omit<JobRequest, 'warmups' | 'runs' | 'cwd' | 'paths'>;
  readonly jobs: JobResult[];
}

export async function clientFilesSection(repoRoot: string, project: SyntheticProject, runs: number, summary: Summary): Promise<void> {
  const threads = Math.max(2, availableParallelism());
  const files = project.files.length;
  console.log(`\n5. Every file uses a client: ${files} store modules (${project.redisFiles.ioredis} ioredis, ${project.redisFiles['node-redis']} node-redis), ${project.totalLines} lines`);
  console.log(`   dry-run migration in this thread and on ${threads} worker threads against the parse floor; ${ROUNDS} fresh processes per side taking turns, ${runs} timed runs each after warm-ups`);
  const sides: Side[] = [
    { label: 'parse floor (read + parse)', request: { mode: 'parse' }, jobs: [] },
    { label: 'migrate, workers 1', request: { mode: 'migrate', workers: 1 }, jobs: [] },
    { label: `migrate, workers ${threads}`, request: { mode: 'migrate', workers: threads }, jobs: [] },
  ];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const side of sides) side.jobs.push(await runJob(repoRoot, { ...side.request, warmups: WARMUPS, runs, cwd: project.root, paths: ['.'] }));
  }
  const warm = sides.map((side) => median(side.jobs.flatMap((job) => job.millis)));
  const oneShot = sides.map((side) => median(side.jobs.map((job) => job.firstRunWallMillis)));
  const [floor, single, threaded] = warm;
  for (const [index, side] of sides.entries()) {
    const ratio = index === 0 ? '' : `  ${times(warm[index] / floor)} the parse floor`;
    console.log(`     ${side.label.padEnd(27)} warm median ${ms(warm[index]).padStart(9)}  runs ${samples(side.jobs.flatMap((job) => job.millis))}${ratio}`);
    console.log(`     ${''.padEnd(27)} one-shot    ${ms(oneShot[index]).padStart(9)}  (process start to the end of its first run, median of ${side.jobs.length})`);
  }
  console.log(`   workers ${threads} / workers 1: warm ${times(threaded / single)}, one-shot ${times(oneShot[2] / oneShot[1])}; report: ${sides[2].jobs[0].statusCounts.changed ?? 0} changed`);
  summary.add(`All-client project, ${files} files, workers 1 (warm)`, ms(single), '', `${times(single / floor)} the parse floor`);
  summary.add(`Same, workers ${threads} (warm)`, ms(threaded), '', `${times(threaded / floor)} the parse floor`);
  summary.add(`Same, one-shot: workers 1 / ${threads}`, `${ms(oneShot[1])} / ${ms(oneShot[2])}`, '', `floor ${ms(oneShot[0])}`);
}
