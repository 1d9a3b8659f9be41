/**
 * Migrates a set of paths as one project: discover → read → pre-filter → parse → find the clients modules
 * export → migrate each file with that knowledge → report, and write only when every file succeeded.
 * The files are shared out to workers (threads on a larger project, this thread on a small one) that parse, analyse
 * and migrate them; this module keeps the orchestration and plain data only (the facts each file tells the others,
 * the migrations, the decisions across modules), so the report, its order and the diff do not depend on the count.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discoverSourceFiles } from './discover.js';
import { UnreadableFileError } from './errors.js';
import { bindingsToBlock, describeFamilies, type MigratedFile } from './decide/project-families.js';
import type { RecordedFacts } from './file-facts.js';
import { fileReport, errorReport } from './report/file-report.js';
import { resolveRelativeModule } from './module-resolution.js';
import type { SourceMigration } from './migrate-source.js';
import { ProjectFactsCollector } from './project-facts-collector.js';
import { inProcessWorker } from './project-run/in-process-worker.js';
import type { PartitionFile, PartitionWorkerHandle } from './project-run/protocol.js';
import { threadWorker } from './project-run/thread-worker.js';
import { workerCount } from './project-run/worker-count.js';
import { mentionsClientLibrary } from './pre-filter.js';
import { summarise, type FileReport, type MigrationReport } from './report/migration-report.js';
import { unifiedDiff, type FileChange } from './report/unified-diff.js';
import { writeAllOrNothing } from './write-files.js';
import { recoverInterruptedWrites, type WriteRecovery } from './write-journal.js';
import { turnsEvery } from './event-loop-turns.js';
import { checkRunLimits, type RunLimits } from './run-limits.js';
import type { Rule } from './rewrite/rule.js';

export interface ProjectMigrationOptions {
  readonly paths: readonly string[];
  readonly cwd?: string;
  readonly write?: boolean;
  /** Migrate what can be and leave TODOs where a use cannot, instead of keeping that client as written. */
  readonly partial?: boolean;
  /** The rules to run: the caller's (the engine knows none of its own). */
  readonly rules: readonly Rule[];
  /** Called after each file is done, for progress on long runs. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Stops the run: before the write nothing is written; during it, every original is kept (see write-files.ts).
   * The run yields to the event loop between files, so a cancellation is seen while it works.
   */
  readonly signal?: AbortSignal;
  /** Refuse a run over these sizes before anything is read (a server's protection against one huge call). */
  readonly limits?: RunLimits;
  /** How many worker threads share the files: 1 runs in this thread; unset, it follows the file count and the cores. */
  readonly workers?: number;
  /**
   * The module a worker thread loads: it serves `servePartition` with the same rules as `rules`. Without it the run
   * stays in this thread (a caller's own rules cannot be sent to a thread).
   */
  readonly workerEntry?: URL;
}

export interface ProjectMigration {
  readonly report: MigrationReport;
  readonly changes: readonly FileChange[];
  readonly diff: string;
  /** Writes an earlier run was interrupted in, which this run finished or undid before it started. */
  readonly recovered: readonly WriteRecovery[];
}

/** Rounds of following clients across modules; each round reaches one more module along a chain. */
const MAX_FLOW_ROUNDS = 4;

interface Candidate {
  readonly index: number;
  readonly absolute: string;
  readonly display: string;
  text?: string;
  /** A worker holds (or was asked to parse) the file's tree. */
  parsed?: boolean;
  failure?: FileReport;
}

function readCandidate(candidate: Candidate): void {
  try {
    candidate.text = readFileSync(candidate.absolute, 'utf8');
  } catch (error) {
    candidate.failure = errorReport(candidate.display, new UnreadableFileError(candidate.display, (error as Error).message));
  }
}

export async function migrateProject(options: ProjectMigrationOptions): Promise<ProjectMigration> {
  const cwd = options.cwd ?? process.cwd();
  const { signal } = options;
  // Every few milliseconds of work the event loop gets a turn: progress is sent, pings and cancellations are seen.
  const turn = turnsEvery(10, signal);
  // An earlier write that was killed is finished or undone first, so this run reads a tree that is all old or all new.
  const recovered = recoverInterruptedWrites(options.paths.map((given) => path.resolve(cwd, given)));
  const display = (absolute: string) => {
    const relative = path.relative(cwd, absolute);
    return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
  };
  const discovered = discoverSourceFiles(options.paths, cwd);
  checkRunLimits(discovered, options.limits, display);
  const candidates: Candidate[] = discovered.map((absolute, index) => ({ index, absolute, display: display(absolute) }));
  for (const candidate of candidates) {
    readCandidate(candidate);
    await turn();
  }

  // Each readable file belongs to one worker for the whole run, which keeps its tree and analysis across the rounds
  // and migrates it. The files that name a client library (most of the work) are dealt out in turn, the others too.
  const readable = candidates.filter((candidate) => candidate.text !== undefined);
  const clientFiles = readable.filter((candidate) => mentionsClientLibrary(candidate.text as string));
  const namesClient = new Set(clientFiles);
  const otherFiles = readable.filter((candidate) => !namesClient.has(candidate));
  const count = options.workerEntry ? workerCount({ forced: options.workers, clientFiles: clientFiles.length, files: readable.length }) : 1;
  const owner = new Map([...clientFiles, ...otherFiles].map((candidate, position) => [candidate.index, position % count]));
  const shares = Array.from({ length: count }, (_, worker) =>
    readable.filter((candidate) => owner.get(candidate.index) === worker).map(({ index, absolute, display, text }): PartitionFile => ({ index, absolute, display, text: text as string })),
  );
  const setup = (files: readonly PartitionFile[]) => ({ cwd, partial: Boolean(options.partial), files });
  const workers: PartitionWorkerHandle[] = [];
  try {
    for (const files of shares) {
      workers.push(count === 1 || !options.workerEntry ? inProcessWorker(setup(files), options.rules, signal) : threadWorker(options.workerEntry, setup(files), signal));
    }
    return await runOnWorkers({ options, cwd, candidates, clientFiles, workers, owner, recovered });
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
}

interface WorkerRun {
  readonly options: ProjectMigrationOptions;
  readonly cwd: string;
  readonly candidates: readonly Candidate[];
  readonly clientFiles: readonly Candidate[];
  readonly workers: readonly PartitionWorkerHandle[];
  readonly owner: ReadonlyMap<number, number>;
  readonly recovered: readonly WriteRecovery[];
}

async function runOnWorkers({ options, cwd, candidates, clientFiles, workers, owner, recovered }: WorkerRun): Promise<ProjectMigration> {
  const { signal } = options;
  const byAbsolute = new Map(candidates.map((candidate) => [candidate.absolute, candidate]));
  const absoluteOf = new Map(candidates.map((candidate) => [candidate.display, candidate.absolute]));
  const facts = new ProjectFactsCollector((shown) => path.resolve(cwd, absoluteOf.get(shown) ?? shown));
  const sharesOf = (indexes: readonly number[]) => workers.map((_, worker) => indexes.filter((index) => owner.get(index) === worker));
  const toParse = (candidate: Candidate) => {
    candidate.parsed = true;
    return candidate.index;
  };

  // Pass 1: the files that name a client library; then, round by round, the files clients flow into (modules
  // importing an exported client, modules whose functions receive a client) until nothing new is found. Every
  // file of a round is analysed against the facts of the rounds before it (merged here in the files' order), so
  // the result does not depend on how the files are shared out.
  let parse = clientFiles.map(toParse);
  let recorded: RecordedFacts[] = [];
  // Facts only grow, so when a round adds no file and no fact, every file of that round was analysed against the
  // final facts, and pass 2 can use those analyses instead of analysing each file again.
  let settled = false;
  for (let round = 0; round < MAX_FLOW_ROUNDS && !settled; round += 1) {
    const shares = sharesOf(parse);
    const replies = await Promise.all(workers.map((worker, index) => worker.round({ facts: recorded, parse: shares[index] })));
    recorded = [];
    for (const outcome of replies.flat().sort((a, b) => a.index - b.index)) {
      const candidate = candidates[outcome.index];
      if ('failure' in outcome) {
        candidate.failure = outcome.failure;
        candidate.parsed = false;
      } else {
        facts.record(candidate.absolute, outcome.value);
        recorded.push({ absolute: candidate.absolute, facts: outcome.value });
      }
    }
    parse = [];
    for (const target of facts.filesClientsFlowInto()) {
      const candidate = byAbsolute.get(target);
      if (candidate && !candidate.parsed && !candidate.failure) parse.push(toParse(candidate));
    }
    const exportingNames = facts.exportingModules().map((file) => path.basename(file, path.extname(file)));
    for (const candidate of candidates) {
      if (candidate.text === undefined || candidate.parsed || candidate.failure) continue;
      if (exportingNames.some((name) => candidate.text?.includes(name))) parse.push(toParse(candidate));
    }
    settled = parse.length === 0 && !facts.changedSinceLastRound();
  }

  // Pass 2: migrate every parsed file with the project's knowledge, then decide across modules: a client blocked
  // in one file stays as written in every file it reaches, so those files are migrated again until nothing grows.
  // Progress follows the files' order, whichever worker finishes first.
  const migrations = new Map<number, SourceMigration>();
  const finished = new Set<number>();
  let progressed = 0;
  const reportProgress = () => {
    while (progressed < candidates.length && (!candidates[progressed].parsed || finished.has(progressed))) {
      progressed += 1;
      options.onProgress?.(progressed, candidates.length, candidates[progressed - 1].display);
    }
  };
  reportProgress();
  const shares = sharesOf(parse);
  await Promise.all(
    workers.map((worker, index) =>
      worker.migrate({ facts: recorded, parse: shares[index], settled }, (outcome) => {
        if ('failure' in outcome) candidates[outcome.index].failure = outcome.failure;
        else migrations.set(outcome.index, outcome.value);
        finished.add(outcome.index);
        reportProgress();
      }),
    ),
  );
  reportProgress();
  const migrated: MigratedFile[] = [];
  for (const [index, migration] of [...migrations].sort(([a], [b]) => a - b)) {
    migrated.push({ path: candidates[index].display, absolute: candidates[index].absolute, migration });
  }
  const cross = facts.crossModuleFacts();
  for (let grown = bindingsToBlock(migrated, resolveRelativeModule, cross); grown.size > 0; grown = bindingsToBlock(migrated, resolveRelativeModule, cross)) {
    const again = [...grown].map(([file, blocked]) => ({ index: (byAbsolute.get(file.absolute) as Candidate).index, blocked: [...blocked] }));
    const replies = await Promise.all(
      workers.map((worker, index) => {
        const files = again.filter((entry) => owner.get(entry.index) === index);
        return files.length > 0 ? worker.remigrate({ files }) : [];
      }),
    );
    for (const outcome of replies.flat()) {
      const candidate = candidates[outcome.index];
      const file = migrated.find((entry) => entry.absolute === candidate.absolute) as MigratedFile;
      if ('failure' in outcome) candidate.failure = outcome.failure;
      migrated.splice(migrated.indexOf(file), 1, ...('failure' in outcome ? [] : [{ ...file, migration: outcome.value }]));
    }
  }

  const reports: FileReport[] = [];
  const changes: FileChange[] = [];
  const writes: { path: string; text: string }[] = [];
  const byCandidate = new Map(migrated.map((file) => [file.absolute, file.migration]));
  for (const candidate of candidates) {
    const result = byCandidate.get(candidate.absolute);
    if (candidate.failure) {
      reports.push(candidate.failure);
    } else if (!result) {
      reports.push({ path: candidate.display, status: 'skipped', reason: 'does not use ioredis or node-redis', edits: [], diagnostics: [] });
    } else {
      reports.push(fileReport(result));
      if (result.changed) {
        changes.push({ path: candidate.display, before: result.before, after: result.after });
        writes.push({ path: candidate.absolute, text: result.after });
      }
    }
  }

  const failed = reports.some((report) => report.status === 'error');
  const written = Boolean(options.write) && !failed && writes.length > 0;
  signal?.throwIfAborted();
  if (written) await writeAllOrNothing(writes, { signal });
  const clients = describeFamilies(migrated.filter((file) => !byAbsolute.get(file.absolute)?.failure), resolveRelativeModule, cross);
  const report: MigrationReport = { written, partial: Boolean(options.partial), summary: summarise(reports, clients), clients, files: reports };
  return { report, changes, diff: unifiedDiff(changes), recovered };
}
