/**
 * What a verify run returns: whether the two sides behaved the same and, if not, the first difference; what the
 * migration of the copy did (a copy where nothing was migrated, or where clients stayed as written, proves less,
 * and the result says so); and a summary of each side for the person reading it.
 */
import type { MigrationReport } from '../engine/report/migration-report.js';
import type { CleanupFailure } from './cleanup-scope.js';
import type { RunDifference } from './run-difference.js';

export interface SideSummary {
  /** The exit code, or `signal SIGKILL` and the like. */
  readonly exit: string;
  readonly stdout: string;
  readonly stdoutLines: number;
  readonly keys: number;
  readonly stderr: string;
  readonly durationMs: number;
  readonly timedOut: boolean;
}

/**
 * `migrated`: every client was migrated; `partly-blocked`: some clients stayed as written (they run unchanged on
 * the migrated side); `nothing-migrated`: no file changed, so the two sides run the same code.
 */
export type MigrationOutcome = 'migrated' | 'partly-blocked' | 'nothing-migrated';

export interface VerifyResult {
  readonly same: boolean;
  readonly difference: RunDifference | undefined;
  readonly migration: MigrationReport;
  readonly migrationOutcome: MigrationOutcome;
  readonly original: SideSummary;
  readonly migrated: SideSummary;
  /** Steps of the cleanup that failed (a temp folder that could not be removed, say); empty normally. */
  readonly cleanupFailures: readonly CleanupFailure[];
}
