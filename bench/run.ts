/**
 * `npm run bench`: builds (via the npm script), then runs the three benchmarks in one go and prints their
 * figures, then a summary table with the targets marked met or not:
 *   1. MCP cold start within 50 ms of a bare SDK server (sections/cold-start.ts);
 *   2. dry-run migration within 2x the parse floor on a project where most files do not use Redis
 *      (sections/migration.ts);
 *   3. peak RSS of a migration, no target (sections/memory.ts);
 *   4. `check` on the same project next to the parse floor, no target (sections/check.ts);
 *   5. a project where every file uses a client, in this thread and on worker threads, next to its parse floor,
 *      no target (sections/client-files.ts).
 * A target not met is reported, not failed on: the exit code is non-zero only when a measurement broke.
 * Sizes: BENCH_FILES (synthetic project files, default 400), BENCH_CLIENT_FILES (the all-client project, default 200), BENCH_MCP_RUNS (default 15), BENCH_SPEED_RUNS
 * (default 5), BENCH_RSS_RUNS (default 3). Not part of `npm test` (mocha only looks under test/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coldStartSection } from './sections/cold-start.js';
import { memorySection } from './sections/memory.js';
import { migrationSection } from './sections/migration.js';
import { checkSection } from './sections/check.js';
import { clientFilesSection } from './sections/client-files.js';
import { Summary } from './summary.js';
import { writeSyntheticProject } from './synthetic-project.js';

function positiveIntFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer (got ${raw})`);
  return value;
}

/** Runs one section; a section that throws is reported and marks the run failed, the others still run. */
async function guarded(name: string, summary: Summary, section: () => Promise<void>): Promise<void> {
  try {
    await section();
  } catch (error) {
    summary.failed = true;
    console.log(`   ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    summary.add(name, 'error', '', 'ERROR');
  }
}

const repoRoot = path.resolve(import.meta.dirname, '..');
const fileCount = positiveIntFromEnv('BENCH_FILES', 400);
const mcpRuns = positiveIntFromEnv('BENCH_MCP_RUNS', 15);
const speedRuns = positiveIntFromEnv('BENCH_SPEED_RUNS', 5);
const rssRuns = positiveIntFromEnv('BENCH_RSS_RUNS', 3);
const clientFileCount = positiveIntFromEnv('BENCH_CLIENT_FILES', 200);
const summary = new Summary();
const cpus = os.cpus();
/** The 1-minute load average: other work on the machine inflates every figure, and a high load explains noise. */
const load = () => os.loadavg()[0]?.toFixed(2) ?? 'n/a';

console.log('valkey-glide-codemod benchmarks');
console.log(`machine: node ${process.version}, ${cpus.length} CPU(s) (${cpus[0]?.model.trim() ?? 'unknown model'}), ${os.platform()} ${os.arch()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; load average ${load()}`);
await guarded('MCP cold start', summary, () => coldStartSection(repoRoot, mcpRuns, summary));

const projectRoot = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-bench-'));
const clientRoot = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-bench-clients-'));
const removeProject = () => {
  rmSync(projectRoot, { recursive: true, force: true });
  rmSync(clientRoot, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  removeProject();
  process.exit(130);
});
try {
  const project = writeSyntheticProject(projectRoot, fileCount);
  await guarded('Migration speed', summary, () => migrationSection(repoRoot, project, speedRuns, summary));
  await guarded('Peak RSS', summary, () => memorySection(repoRoot, project, rssRuns, summary));
  await guarded('check', summary, () => checkSection(repoRoot, project, speedRuns, summary));
  const clientProject = writeSyntheticProject(clientRoot, clientFileCount, undefined, 1);
  await guarded('Every file uses a client', summary, () => clientFilesSection(repoRoot, clientProject, speedRuns, summary));
} finally {
  removeProject();
}

console.log(`\nSummary (node ${process.version}, ${cpus.length} CPU(s), load average now ${load()}; figures are medians)\n${summary.render()}`);
if (summary.failed) process.exitCode = 1;
