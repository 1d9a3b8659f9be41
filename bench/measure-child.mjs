/**
 * One measuring job in a fresh `node` process (no tsx loader, nothing else loaded): so that the migration and
 * the parse floor never share a heap or JIT state (the engine drives the same @babel/parser with other
 * options, which would slow a floor measured in the same process), and so that peak RSS is the job's own.
 *
 *   node bench/measure-child.mjs <migrate|check|parse> <warmups> <runs> <repo-root> <cwd> <path>...
 *
 * `migrate` calls the built package's migrateProject({ paths, cwd }) as a dry run; `check` its check({ paths, cwd })
 * (the dry run, the TODO and suppression comments and the pitfalls of files on GLIDE); `parse` reads and parses
 * the .ts files under the paths (files or directories) with @babel/parser. When <warmups> is not 0, warm-up
 * runs come first: at least <warmups>, and more until MIN_WARMUP_MILLIS have passed (a small job needs many
 * runs before the JIT settles). Then <runs> timed runs. One JSON line on stdout gives the timed runs, the
 * number of warm-ups, the time from process start to the end of the first run (module loading included: what
 * a one-shot CLI run costs), peak RSS (getrusage maxrss) and the statuses of the migration report.
 * BENCH_CHILD_WORKERS, when set, is the migration's `workers` (each run starts its own threads).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { listTypeScriptFiles, parseFloor } from './parse-floor.mjs';

const [mode, warmupsText, runsText, repoRoot, cwd, ...paths] = process.argv.slice(2);
const warmups = Number(warmupsText);
const runs = Number(runsText);
if (!['migrate', 'check', 'parse'].includes(mode) || !Number.isInteger(warmups) || !(runs >= 1) || !repoRoot || !cwd || paths.length === 0) {
  throw new Error('usage: measure-child.mjs migrate|check|parse <warmups> <runs> <repo-root> <cwd> <path>...');
}

/** @returns {Promise<() => Promise<Record<string, number>>>} one run of the job, resolving to report statuses */
async function prepare() {
  if (mode === 'parse') {
    const files = paths.flatMap((given) => {
      const absolute = path.resolve(cwd, given);
      return statSync(absolute).isDirectory() ? listTypeScriptFiles(absolute) : [absolute];
    });
    return async () => ({ parsed: parseFloor(files) });
  }
  const { migrateProject, check } = await import(pathToFileURL(path.join(repoRoot, 'dist/src/index.js')).href);
  if (mode === 'check') return async () => ({ findings: (await check({ paths, cwd })).findings.length });
  const workers = process.env.BENCH_CHILD_WORKERS ? Number(process.env.BENCH_CHILD_WORKERS) : undefined;
  return async () => {
    const migration = await migrateProject({ paths, cwd, workers });
    /** @type {Record<string, number>} */
    const counts = {};
    for (const file of migration.report.files) counts[file.status] = (counts[file.status] ?? 0) + 1;
    return counts;
  };
}

const MIN_WARMUP_MILLIS = 1500;

const job = await prepare();
/** @type {number[]} */
const millis = [];
let firstDoneAt = 0;
let statusCounts = {};
let warmed = 0;
const warmupStart = performance.now();
while (millis.length < runs) {
  const started = performance.now();
  statusCounts = await job();
  const ended = performance.now();
  if (firstDoneAt === 0) firstDoneAt = ended; // performance.now() counts from the start of the process
  if (warmups > 0 && (warmed < warmups || ended - warmupStart < MIN_WARMUP_MILLIS)) warmed += 1;
  else millis.push(ended - started);
}
// maxRSS is in KiB.
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ mode, millis, warmups: warmed, firstRunWallMillis: firstDoneAt, peakRssMiB, statusCounts })}\n`);
