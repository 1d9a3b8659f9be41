/**
 * Section 2 of `npm run bench`: dry-run migration of the synthetic project against its parse floor, with the
 * 2x target. The two kinds of file are then measured apart, the store modules (the files that use Redis:
 * parsed, analysed, rewritten, printed, verified) and the plain files (read, pre-filtered, skipped), which
 * says where the time goes and up to what share of Redis files the target holds at these costs.
 */
import path from 'node:path';
import type { JobResult } from '../child-job.js';
import { measureMigrationSpeed, type MigrationSpeed } from '../migration-speed.js';
import { median } from '../stats.js';
import { fineMs, ms, samples, times, verdict, type Summary } from '../summary.js';
import type { SyntheticProject } from '../synthetic-project.js';

export const SPEED_TARGET_RATIO = 2;
const WARMUPS = 2;
/** Fresh processes per side, taking turns with the other side (see migration-speed.ts). */
const ROUNDS = 3;

/** Medians per file of one kind of file: migration and parse floor. */
interface PerFile {
  readonly migrate: number;
  readonly floor: number;
}

function printSpeed(speed: MigrationSpeed, fileCount: number): PerFile & { ratio: number } {
  const line = (label: string, job: JobResult) => {
    const value = median(job.millis);
    const perFile = `${fineMs(value / fileCount)}/file`;
    console.log(`     ${label.padEnd(27)} median ${ms(value).padStart(10)}  ${perFile.padStart(15)}  min ${ms(Math.min(...job.millis))}  runs ${samples(job.millis)} after ${job.warmups} warm-ups`);
    return value;
  };
  const migrate = line('migrateProject, dry run', speed.migrate);
  const floor = line('parse floor (read + parse)', speed.parse);
  console.log(`     ratio ${times(migrate / floor)}; report: ${describeStatuses(speed.migrate.statusCounts)}`);
  return { migrate: migrate / fileCount, floor: floor / fileCount, ratio: migrate / floor };
}

function describeStatuses(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts).map(([status, count]) => `${count} ${status}`).join(', ');
}

/**
 * The largest share s of Redis files for which a project of these two kinds of file stays within the target:
 * (s·store.migrate + (1−s)·plain.migrate) / (s·store.floor + (1−s)·plain.floor) <= target, solved for s.
 */
function breakEvenShare(store: PerFile, plain: PerFile, target: number): number {
  const headroom = target * plain.floor - plain.migrate;
  const slope = store.migrate - plain.migrate - target * (store.floor - plain.floor);
  if (headroom <= 0) return 0;
  return slope <= 0 ? 1 : Math.min(1, headroom / slope);
}

export async function migrationSection(repoRoot: string, project: SyntheticProject, runs: number, summary: Summary): Promise<void> {
  const relative = (file: string) => path.relative(project.root, file);
  const storeSet = new Set(project.storeFiles);
  const plainFiles = project.files.filter((file) => !storeSet.has(file));
  const stores = project.storeFiles.length;
  console.log(`\n2. Migration speed: migrateProject (dry run, no write) against the parse floor (@babel/parser on the same files)`);
  console.log(`   synthetic project: ${project.files.length} .ts files, ${project.totalLines} lines, ${(project.totalBytes / 1024).toFixed(0)} KiB; ${plainFiles.length} without Redis, ${stores} store modules (${project.redisFiles.ioredis} ioredis, ${project.redisFiles['node-redis']} node-redis)`);
  console.log(`   each side in ${ROUNDS} fresh node processes, taking turns with the other side: warm-up runs in each (at least ${WARMUPS}, and for 1.5 s at least), then ${runs} timed runs; figures are medians of all ${ROUNDS * runs}`);

  const whole = await measureMigrationSpeed(repoRoot, { cwd: project.root, paths: ['.'] }, runs, WARMUPS, ROUNDS);
  console.log(`   a) whole project (${project.files.length} files)`);
  const a = printSpeed(whole, project.files.length);
  const met = a.ratio <= SPEED_TARGET_RATIO;
  const changed = whole.migrate.statusCounts.changed ?? 0;
  console.log(`     target <= ${SPEED_TARGET_RATIO}x: ${verdict(met)} (expected report: ${stores} changed, ${plainFiles.length} skipped)`);
  summary.add(`Migration, ${project.files.length} files (median of ${ROUNDS * runs})`, ms(a.migrate * project.files.length));
  summary.add('Parse floor, same files (median)', ms(a.floor * project.files.length));
  summary.add('Migration / parse floor', times(a.ratio), `<= ${SPEED_TARGET_RATIO}x`, verdict(met));
  summary.add('Files changed by the migration', `${changed} of ${project.files.length}`, `${stores} (the store modules)`, changed === stores ? 'ok' : 'CHECK');

  const storeSpeed = await measureMigrationSpeed(repoRoot, { cwd: project.root, paths: project.storeFiles.map(relative) }, runs, WARMUPS, ROUNDS);
  console.log(`   b) the ${stores} store modules alone (the files that use Redis)`);
  const b = printSpeed(storeSpeed, stores);
  const plainSpeed = await measureMigrationSpeed(repoRoot, { cwd: project.root, paths: plainFiles.map(relative) }, runs, WARMUPS, ROUNDS);
  console.log(`   c) the ${plainFiles.length} plain files alone (no Redis)`);
  const c = printSpeed(plainSpeed, plainFiles.length);

  const share = breakEvenShare(b, c, SPEED_TARGET_RATIO);
  console.log(`   per file: a store module costs ${fineMs(b.migrate)} to migrate (${times(b.ratio)} its parse floor), a plain file ${fineMs(c.migrate)} (${times(c.ratio)} its parse floor)`);
  console.log(`   at these costs the ${SPEED_TARGET_RATIO}x target holds while at most ${(100 * share).toFixed(1)}% of the files use Redis (this project: ${((100 * stores) / project.files.length).toFixed(0)}%)`);
  summary.add('Migration per store module (b)', fineMs(b.migrate), '', `${times(b.ratio)} its parse floor`);
  summary.add('Migration per plain file (c)', fineMs(c.migrate), '', `${times(c.ratio)} its parse floor`);
  summary.add(`Largest Redis-file share within ${SPEED_TARGET_RATIO}x`, `${(100 * share).toFixed(1)}%`, '', `this project ${((100 * stores) / project.files.length).toFixed(0)}%`);
}
