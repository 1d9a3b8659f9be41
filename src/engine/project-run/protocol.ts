/**
 * The messages between a project run and the workers that hold its files. Everything here is plain data (it
 * crosses thread boundaries by structured clone): files by their index in the run, facts, migrations and the
 * reports of failed files. The same protocol serves a worker thread and the in-process worker of a small run.
 */
import type { RecordedFacts, FileFacts } from '../file-facts.js';
import type { SourceMigration } from '../migrate-source.js';
import type { FileReport } from '../report/migration-report.js';

/** A file of the run, given to the one worker that parses, analyses and migrates it. */
export interface PartitionFile {
  /** Its place in the run's stable order. */
  readonly index: number;
  readonly absolute: string;
  readonly display: string;
  readonly text: string;
}

export interface PartitionSetup {
  readonly cwd: string;
  readonly partial: boolean;
  readonly files: readonly PartitionFile[];
}

/** A file's result, or the report of its failure (a syntax error, an internal error naming the stage or rule). */
export type FileOutcome<T> = { readonly index: number; readonly value: T } | { readonly index: number; readonly failure: FileReport };

/** A round of following clients across modules: the facts recorded since the last request, and files to parse. */
export interface RoundRequest {
  readonly facts: readonly RecordedFacts[];
  readonly parse: readonly number[];
}

/** Pass 2: the last facts and files, and whether the last round's analyses were made against the final facts. */
export interface MigrateRequest extends RoundRequest {
  readonly settled: boolean;
}

/** Files the project decided to migrate again, each with the bindings (ids in its analysis) to leave as written. */
export interface RemigrateRequest {
  readonly files: readonly { readonly index: number; readonly blocked: readonly number[] }[];
}

export type RoundReply = readonly FileOutcome<FileFacts>[];
export type MigrationOutcome = FileOutcome<SourceMigration>;

/** The handle the run drives a worker through, whether it runs in this thread or another. */
export interface PartitionWorkerHandle {
  round(request: RoundRequest): Promise<RoundReply>;
  /** Migrates every parsed file, reporting each as it is done (in the worker's file order). */
  migrate(request: MigrateRequest, onFile: (outcome: MigrationOutcome) => void): Promise<void>;
  remigrate(request: RemigrateRequest): Promise<readonly MigrationOutcome[]>;
  /** Ends the worker; called on every path of the run (success, error, cancellation). */
  close(): Promise<void>;
}
