/**
 * Runs bench/measure-child.mjs (one measuring job in a fresh node process) and checks what it prints.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export type JobMode = 'migrate' | 'check' | 'parse';

export interface JobRequest {
  readonly mode: JobMode;
  readonly warmups: number;
  readonly runs: number;
  /** Working directory handed to migrateProject, against which `paths` resolve. */
  readonly cwd: string;
  /** Files or directories: what migrateProject gets, and what the parse floor expands to .ts files. */
  readonly paths: readonly string[];
  /** migrateProject's `workers` (1: this thread); unset, the run chooses. Passed as BENCH_CHILD_WORKERS. */
  readonly workers?: number;
}

export interface JobResult {
  readonly mode: JobMode;
  /** Wall time of each timed run (after the warm-ups), in order. */
  readonly millis: readonly number[];
  /** How many untimed warm-up runs came first. */
  readonly warmups: number;
  /** From process start to the end of the first run: module loading plus one cold run. */
  readonly firstRunWallMillis: number;
  /** Peak resident set size of the whole child, in MiB. */
  readonly peakRssMiB: number;
  /** Files per report status from the last run (`{ parsed: n }` for the parse floor). */
  readonly statusCounts: Readonly<Record<string, number>>;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function parseResult(stdout: string, mode: JobMode): JobResult {
  const value: unknown = JSON.parse(stdout.trim());
  const record = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof JobResult, unknown>>;
  const { millis, warmups, firstRunWallMillis, peakRssMiB, statusCounts } = record;
  const counts = typeof statusCounts === 'object' && statusCounts !== null ? Object.entries(statusCounts) : undefined;
  if (
    record.mode !== mode ||
    !Array.isArray(millis) ||
    !millis.every(isNumber) ||
    !isNumber(warmups) ||
    !isNumber(firstRunWallMillis) ||
    !isNumber(peakRssMiB) ||
    !counts?.every(([, count]) => isNumber(count))
  ) {
    throw new Error(`measure-child (${mode}) printed an unexpected line: ${stdout.trim().slice(0, 200)}`);
  }
  return { mode, millis, warmups, firstRunWallMillis, peakRssMiB, statusCounts: Object.fromEntries(counts) as Record<string, number> };
}

export async function runJob(repoRoot: string, request: JobRequest): Promise<JobResult> {
  const child = path.join(repoRoot, 'bench/measure-child.mjs');
  const args = [child, request.mode, String(request.warmups), String(request.runs), repoRoot, request.cwd, ...request.paths];
  const env = request.workers === undefined ? process.env : { ...process.env, BENCH_CHILD_WORKERS: String(request.workers) };
  const { stdout } = await run(process.execPath, args, { cwd: repoRoot, timeout: 300_000, maxBuffer: 1 << 20, env });
  return parseResult(stdout, request.mode);
}
