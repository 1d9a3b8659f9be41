/**
 * `verify`: the golden harness's differential run, handed to users for their own program. The project is copied
 * twice to a temporary folder, one copy is migrated (the default migration: clients that cannot be migrated as a
 * whole stay as written), each side runs against a server of its own with an empty keyspace, and the exit code,
 * stdout and keyspace are compared. Everything the run starts or creates is undone on every path (cleanup-scope.ts);
 * an abort (Ctrl-C) kills the running program and rejects with the signal's reason after the cleanup.
 * The engine is passed in, like check's, so this layer does not depend on the rules' wiring; a test can also pass
 * a migration that breaks the copy on purpose, to prove that a difference is found.
 */
import type { MigrationReport } from '../engine/report/migration-report.js';
import { CleanupScope } from './cleanup-scope.js';
import { loaderArguments } from './entry-loader.js';
import { exitOf, firstDifference, type SideOutcome } from './first-difference.js';
import { takeKeyspaceSnapshot } from './keyspace-snapshot.js';
import { resolveProject } from './resolve-entry.js';
import type { Side } from './run-difference.js';
import { runProgram } from './run-program.js';
import { planRunServers, provideRunServers, type RunServer } from './run-servers.js';
import type { MigrationOutcome, SideSummary, VerifyResult } from './verify-result.js';
import { createVerifyWorkspace } from './verify-workspace.js';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface VerifyMigration {
  (options: { readonly paths: readonly string[]; readonly cwd: string; readonly write: true }): Promise<{ readonly report: MigrationReport }>;
}

export interface VerifyOptions {
  /** The project folder, relative to `cwd` or absolute. */
  readonly directory: string;
  /** The program to run, relative to the project folder. */
  readonly entry: string;
  readonly cwd: string;
  /** Passed to the program after its path. */
  readonly args?: readonly string[];
  /** One server for both runs, flushed before each; two fresh valkey-servers when absent. */
  readonly valkeyUrl?: string;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  /** Migrates the copy in place (`cwd` is the copy's folder). */
  readonly migrate: VerifyMigration;
  /** What is happening, one line at a time (the CLI prints it on stderr). */
  readonly onProgress?: (message: string) => void;
  /** Where valkey-server is looked up; this process's PATH by default. */
  readonly searchPath?: string;
}

export async function verifyProject(options: VerifyOptions): Promise<VerifyResult> {
  const project = resolveProject(options.directory, options.entry, options.cwd);
  const nodeArguments = loaderArguments(project.entry, project.directory);
  const serverPlan = planRunServers(options.valkeyUrl, options.searchPath);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const progress = options.onProgress ?? (() => {});
  const scope = new CleanupScope();
  try {
    const workspace = createVerifyWorkspace(project.directory, scope, progress);
    options.signal?.throwIfAborted();

    const { report } = await options.migrate({ paths: ['.'], cwd: workspace.copyFor('migrated'), write: true });
    options.signal?.throwIfAborted();

    const servers = await provideRunServers(serverPlan, scope, options.signal);
    for (const side of ['original', 'migrated'] as const) {
      const server = servers[side];
      progress(`${side}: ${server.pid === undefined ? 'server' : `valkey-server pid ${server.pid}`} on ${server.address.display}`);
    }
    const runSide = async (side: Side, server: RunServer): Promise<SideOutcome> => {
      await server.prepare();
      progress(`${side}: running ${project.entry}`);
      const run = await runProgram({
        nodeArguments,
        entry: project.entry,
        args: options.args ?? [],
        cwd: workspace.copyFor(side),
        env: server.address.environment(),
        timeoutMs,
        scope,
        signal: options.signal,
      });
      return { run, keyspace: await takeKeyspaceSnapshot(server.address) };
    };
    const original = await runSide('original', servers.original);
    const migrated = await runSide('migrated', servers.migrated);
    const difference = firstDifference(original, migrated, timeoutMs);
    const result = { same: difference === undefined, difference, migration: report, migrationOutcome: outcomeOf(report) };
    const cleanupFailures = await scope.dispose();
    return { ...result, original: summaryOf(original), migrated: summaryOf(migrated), cleanupFailures };
  } finally {
    await scope.dispose();
  }
}

function outcomeOf(report: MigrationReport): MigrationOutcome {
  if (!report.written) return 'nothing-migrated';
  return report.summary.clients.blocked > 0 ? 'partly-blocked' : 'migrated';
}

function summaryOf(side: SideOutcome): SideSummary {
  const lines = side.run.stdout === '' ? 0 : side.run.stdout.replace(/\n$/, '').split('\n').length;
  return {
    exit: exitOf(side.run),
    stdout: side.run.stdout,
    stdoutLines: lines,
    keys: side.keyspace.length,
    stderr: side.run.stderr,
    durationMs: side.run.durationMs,
    timedOut: side.run.timedOut,
  };
}
