/**
 * The work of a project run on a fixed share of its files: it keeps their parsed trees and analyses across the
 * rounds of following clients, answers each round with the files' facts, then migrates the same files (and again
 * with bindings the project decided to block). The run merges the facts and decides; this only computes.
 */
import path from 'node:path';
import { analyseFile } from '../analyse/analyse-file.js';
import type { FileAnalysis } from '../analyse/types.js';
import type { TurnTaker } from '../event-loop-turns.js';
import { asCodemodError, inStage } from '../errors.js';
import { findFileFacts, type RecordedFacts } from '../file-facts.js';
import { migrateParsed } from '../migrate-source.js';
import { createPackageTypeLookup } from '../package-type.js';
import { createSourceVersionLookup } from '../source-versions.js';
import { parseSource } from '../parse.js';
import { ProjectFactsCollector } from '../project-facts-collector.js';
import { errorReport } from '../report/file-report.js';
import type { Rule } from '../rewrite/rule.js';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { FileFacts } from '../file-facts.js';
import type { FileOutcome, MigrateRequest, MigrationOutcome, PartitionFile, PartitionSetup, RemigrateRequest, RoundRequest } from './protocol.js';

interface HeldFile extends PartitionFile {
  parsed?: ParsedFile;
  /** The analysis of the latest round; reused by pass 2 once the facts have settled. */
  analysis?: FileAnalysis;
}

export class PartitionWorker {
  private readonly files: HeldFile[];
  private readonly byIndex: Map<number, HeldFile>;
  private readonly facts: ProjectFactsCollector;
  private readonly packageTypeOf = createPackageTypeLookup();
  private readonly sourceVersionsOf = createSourceVersionLookup();

  constructor(
    private readonly setup: PartitionSetup,
    private readonly rules: readonly Rule[],
    /** Awaited between files: the in-process worker gives the event loop its turns and sees cancellations. */
    private readonly turn: TurnTaker,
  ) {
    this.files = setup.files.map((file) => ({ ...file }));
    this.byIndex = new Map(this.files.map((file) => [file.index, file]));
    const absoluteOf = new Map(this.files.map((file) => [file.display, file.absolute]));
    this.facts = new ProjectFactsCollector((display) => path.resolve(setup.cwd, absoluteOf.get(display) ?? display));
  }

  async round({ facts, parse }: RoundRequest): Promise<FileOutcome<FileFacts>[]> {
    const outcomes: FileOutcome<FileFacts>[] = this.prepare(facts, parse);
    for (const file of this.files) {
      if (!file.parsed) continue;
      await this.turn();
      const parsed = file.parsed;
      try {
        const analysis = inStage('analysis', () => analyseFile(parsed, this.facts, this.packageTypeOf(file.absolute), this.sourceVersionsOf(file.absolute)));
        file.analysis = analysis;
        outcomes.push({ index: file.index, value: inStage('analysis', () => findFileFacts(parsed, analysis)) });
      } catch (error) {
        outcomes.push(this.fail(file, error));
      }
    }
    return outcomes;
  }

  async migrate({ facts, parse, settled }: MigrateRequest, onFile: (outcome: MigrationOutcome) => void): Promise<void> {
    for (const failure of this.prepare(facts, parse)) onFile(failure);
    for (const file of this.files) {
      if (!file.parsed) continue;
      await this.turn();
      onFile(this.migrateFile(file, file.parsed, settled ? file.analysis : undefined));
    }
  }

  async remigrate({ files }: RemigrateRequest): Promise<MigrationOutcome[]> {
    const outcomes: MigrationOutcome[] = [];
    for (const { index, blocked } of files) {
      await this.turn();
      const file = this.byIndex.get(index) as HeldFile;
      try {
        const parsed = inStage('parse', () => parseSource(file.display, file.text));
        outcomes.push(this.migrateFile(file, parsed, undefined, new Set(blocked)));
      } catch (error) {
        outcomes.push(this.fail(file, error));
      }
    }
    return outcomes;
  }

  /** Records the facts other files found since the last request, then parses the files the run now needs. */
  private prepare(facts: readonly RecordedFacts[], parse: readonly number[]): FileOutcome<never>[] {
    for (const entry of facts) this.facts.record(entry.absolute, entry.facts);
    const failures: FileOutcome<never>[] = [];
    for (const index of parse) {
      const file = this.byIndex.get(index) as HeldFile;
      try {
        file.parsed = inStage('parse', () => parseSource(file.display, file.text));
      } catch (error) {
        failures.push(this.fail(file, error));
      }
    }
    return failures;
  }

  private migrateFile(file: HeldFile, parsed: ParsedFile, analysis: FileAnalysis | undefined, blocked?: ReadonlySet<number>): MigrationOutcome {
    try {
      const packageType = this.packageTypeOf(file.absolute);
      const sourceVersions = this.sourceVersionsOf(file.absolute);
      const { partial } = this.setup;
      return { index: file.index, value: migrateParsed(parsed, { project: this.facts, packageType, sourceVersions, analysis, partial, blocked, rules: this.rules }) };
    } catch (error) {
      return this.fail(file, error);
    } finally {
      // Only plain data leaves the worker: the file's trees can go (a large project need not hold them all).
      file.parsed = undefined;
      file.analysis = undefined;
    }
  }

  private fail(file: HeldFile, error: unknown): FileOutcome<never> {
    file.parsed = undefined;
    file.analysis = undefined;
    return { index: file.index, failure: errorReport(file.display, asCodemodError(file.display, error)) };
  }
}
