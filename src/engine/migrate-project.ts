/**
 * Migrates a set of paths as one project: discover → read → pre-filter → parse → find the clients modules
 * export → migrate each file with that knowledge → report, and write only when every file succeeded.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseFile } from './analyse/analyse-file.js';
import type { FileAnalysis, ProjectFacts } from './analyse/types.js';
import { discoverSourceFiles } from './discover.js';
import { asCodemodError, inStage, UnreadableFileError, type CodemodError } from './errors.js';
import { bindingsToBlock, describeFamilies, type MigratedFile } from './decide/project-families.js';
import { fileReport, errorReport } from './report/file-report.js';
import { resolveRelativeModule } from './module-resolution.js';
import { migrateParsed } from './migrate-source.js';
import { ProjectFactsCollector } from './project-facts-collector.js';
import { createPackageTypeLookup } from './package-type.js';
import { parseSource } from './parse.js';
import type { ParsedFile } from '../ast/parsed-file.js';
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
  readonly absolute: string;
  readonly display: string;
  text?: string;
  parsed?: ParsedFile;
  /** The analysis of the latest flow round; reused by pass 2 once the facts have settled. */
  analysis?: FileAnalysis;
  failure?: CodemodError;
}

function readCandidate(candidate: Candidate): void {
  try {
    candidate.text = readFileSync(candidate.absolute, 'utf8');
  } catch (error) {
    candidate.failure = new UnreadableFileError(candidate.display, (error as Error).message);
  }
}

function parseCandidate(candidate: Candidate): void {
  if (candidate.text === undefined || candidate.parsed || candidate.failure) return;
  const text = candidate.text;
  try {
    candidate.parsed = inStage('parse', () => parseSource(candidate.display, text));
  } catch (error) {
    candidate.failure = asCodemodError(candidate.display, error);
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
  const candidates: Candidate[] = discovered.map((absolute) => ({ absolute, display: display(absolute) }));
  for (const candidate of candidates) {
    readCandidate(candidate);
    await turn();
  }
  const packageTypeOf = createPackageTypeLookup();

  // Pass 1: the files that name a client library; then, round by round, the files clients flow into (modules
  // importing an exported client, modules whose functions receive a client) until nothing new is found.
  const byAbsolute = new Map(candidates.map((candidate) => [candidate.absolute, candidate]));
  const facts = new ProjectFactsCollector((display) => {
    const absolute = candidates.find((candidate) => candidate.display === display)?.absolute ?? display;
    return path.resolve(cwd, absolute);
  });
  for (const candidate of candidates) {
    if (candidate.text !== undefined && mentionsClientLibrary(candidate.text)) parseCandidate(candidate);
    await turn();
  }
  // Facts only grow, so when a round adds no file and no fact, every file of that round was analysed against the
  // final facts, and pass 2 can use those analyses instead of analysing each file again.
  let settled = false;
  for (let round = 0; round < MAX_FLOW_ROUNDS && !settled; round += 1) {
    const parsed = candidates.filter((candidate) => candidate.parsed);
    for (const candidate of parsed) {
      await turn();
      try {
        const analysis = inStage('analysis', () => analyseFile(candidate.parsed as ParsedFile, facts, packageTypeOf(candidate.absolute)));
        candidate.analysis = analysis;
        inStage('analysis', () => facts.record(candidate.absolute, candidate.parsed as ParsedFile, analysis));
      } catch (error) {
        candidate.failure = asCodemodError(candidate.display, error);
        candidate.parsed = undefined;
      }
    }
    let added = 0;
    for (const target of facts.filesClientsFlowInto()) {
      const candidate = byAbsolute.get(target);
      if (candidate && !candidate.parsed && !candidate.failure) {
        parseCandidate(candidate);
        added += 1;
      }
    }
    const exportingNames = facts.exportingModules().map((file) => path.basename(file, path.extname(file)));
    for (const candidate of candidates) {
      if (candidate.text === undefined || candidate.parsed || candidate.failure) continue;
      if (exportingNames.some((name) => candidate.text?.includes(name))) {
        parseCandidate(candidate);
        added += 1;
      }
    }
    settled = added === 0 && !facts.changedSinceLastRound();
  }
  const project: ProjectFacts = facts;

  // Pass 2: migrate every parsed file with the project's knowledge, then decide across modules: a client blocked
  // in one file stays as written in every file it reaches, so those files are migrated again until nothing grows.
  const migrated: MigratedFile[] = [];
  const migrateCandidate = (candidate: Candidate, blocked?: ReadonlySet<number>) => {
    try {
      const fresh = blocked !== undefined;
      const parsed = fresh ? inStage('parse', () => parseSource(candidate.display, candidate.text as string)) : (candidate.parsed as ParsedFile);
      const analysis = settled && !fresh ? candidate.analysis : undefined;
      const packageType = packageTypeOf(candidate.absolute);
      return migrateParsed(parsed, { project, packageType, analysis, partial: options.partial, blocked, rules: options.rules });
    } catch (error) {
      candidate.failure = asCodemodError(candidate.display, error);
      return undefined;
    } finally {
      // The report keeps plain data only: the file's trees can go (a large project need not hold them all).
      candidate.parsed = undefined;
      candidate.analysis = undefined;
    }
  };
  for (const [index, candidate] of candidates.entries()) {
    if (candidate.parsed && !candidate.failure) {
      const migration = migrateCandidate(candidate);
      if (migration) migrated.push({ path: candidate.display, absolute: candidate.absolute, migration });
    }
    await turn();
    options.onProgress?.(index + 1, candidates.length, candidate.display);
  }
  const cross = facts.crossModuleFacts();
  for (let grown = bindingsToBlock(migrated, resolveRelativeModule, cross); grown.size > 0; grown = bindingsToBlock(migrated, resolveRelativeModule, cross)) {
    for (const [file, blocked] of grown) {
      await turn();
      const candidate = byAbsolute.get(file.absolute) as Candidate;
      const migration = migrateCandidate(candidate, blocked);
      migrated.splice(migrated.indexOf(file), 1, ...(migration ? [{ ...file, migration }] : []));
    }
  }

  const reports: FileReport[] = [];
  const changes: FileChange[] = [];
  const writes: { path: string; text: string }[] = [];
  const byCandidate = new Map(migrated.map((file) => [file.absolute, file.migration]));
  for (const candidate of candidates) {
    const result = byCandidate.get(candidate.absolute);
    if (candidate.failure) {
      reports.push(errorReport(candidate.display, candidate.failure));
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
