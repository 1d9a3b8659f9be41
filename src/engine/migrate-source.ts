/**
 * Migrates one file's text: parse, analyse, apply the rules, print, verify. A file whose edit log stays empty
 * is returned exactly as it came in, without printing, so untouched files are byte-identical by construction.
 *
 * Do no harm: unless the run is partial, a client is migrated only when every use of it can be. A run whose rules
 * found a use that cannot be migrated (a blocker) is thrown away and the file migrated again from its text, with
 * that client's family left exactly as written, until no new blocker turns up.
 */
import { analyseFile } from './analyse/analyse-file.js';
import type { PackageType } from './analyse/module-system.js';
import { findLeftTodos } from './analyse/left-todos.js';
import { findLibraryReferences, librariesStillReferenced } from './analyse/library-references.js';
import { NO_PROJECT_FACTS, type FileAnalysis, type ProjectFacts, type SourceLibrary, type SourceVersions } from './analyse/types.js';
import { blockedBindings } from './decide/blocked-bindings.js';
import { byPlace } from '../ast/position.js';
import { clientRecords, type ClientRecord } from './decide/client-records.js';
import { unseenClientBlockers } from './decide/unseen-clients.js';
import { sourceVersionBlockers } from './decide/source-version-blockers.js';
import { asCodemodError, inStage } from './errors.js';
import { parseSource } from './parse.js';
import type { ParsedFile } from '../ast/parsed-file.js';
import { detectPrintStyle, printFile, type PrintStyle } from './print.js';
import { applyRules, type RewriteOutcome } from './rewrite/apply-rules.js';
import type { Blocker, Diagnostic, Edit } from './rewrite/edits.js';
import { verifyReparses } from './verify.js';
import type { Rule } from './rewrite/rule.js';

export interface MigrateSourceOptions {
  readonly project?: ProjectFacts;
  readonly packageType?: PackageType;
  /** The source clients' versions where the file runs (`createSourceVersionLookup`), where known. */
  readonly sourceVersions?: SourceVersions;
  /** The rules to run: the caller's (the engine knows none of its own). */
  readonly rules: readonly Rule[];
  /** Migrate the clients of this library only (the per-library jscodeshift transforms). */
  readonly library?: SourceLibrary;
  /** The file's analysis against `project`, when the caller already has it (the project pass's last round). */
  readonly analysis?: FileAnalysis;
  /**
   * Migrate what can be migrated and leave a TODO at each use that cannot (the user's explicit choice: the
   * result will not run until the TODOs are resolved). Off by default: such a use keeps its whole client as written.
   */
  readonly partial?: boolean;
  /** Bindings (ids in this file's analysis) that the project decided to leave as written. */
  readonly blocked?: ReadonlySet<number>;
  /**
   * The file is migrated on its own, without the modules it shares clients with (a jscodeshift worker sees one
   * file): a client exported, imported or passed to another module's function is then left as written, since
   * what the other modules do with it is unknown.
   */
  readonly isolated?: boolean;
}


export interface SourceMigration {
  readonly path: string;
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
  readonly edits: readonly Edit[];
  readonly diagnostics: readonly Diagnostic[];
  /** Every use found that cannot be migrated (none in a partial run: those are TODOs there). */
  readonly blockers: readonly Blocker[];
  readonly clients: readonly ClientRecord[];
  /** The source libraries the file still imports or requires once migrated. */
  readonly stillImports: readonly SourceLibrary[];
}

function restrictTo(analysis: FileAnalysis, library: SourceLibrary | undefined): FileAnalysis {
  if (!library) return analysis;
  return {
    ...analysis,
    imports: analysis.imports.filter((entry) => entry.library === library),
    constructions: analysis.constructions.filter((construction) => construction.library === library),
    bindings: analysis.bindings.filter((binding) => binding.library === library),
    calls: analysis.calls.filter((call) => call.binding.library === library),
  };
}

function sameBlocker(a: Blocker, b: Blocker): boolean {
  return a.ruleId === b.ruleId && a.line === b.line && a.column === b.column && a.message === b.message;
}

/** Migrates a parsed file; an unexpected error inside fails it as an internal error naming the stage or rule. */
export function migrateParsed(parsed: ParsedFile, options: MigrateSourceOptions): SourceMigration {
  try {
    return migrateParsedFile(parsed, options);
  } catch (error) {
    throw asCodemodError(parsed.path, error);
  }
}

function migrateParsedFile(parsed: ParsedFile, options: MigrateSourceOptions): SourceMigration {
  const { rules } = options;
  const partial = options.partial ?? false;
  const analyse = (file: ParsedFile) =>
    inStage('analysis', () => restrictTo(analyseFile(file, options.project ?? NO_PROJECT_FACTS, options.packageType, options.sourceVersions), options.library));
  let file = parsed;
  let analysis = options.analysis ? restrictTo(options.analysis, options.library) : analyse(file);
  // Found as parsed (from the index the analysis built); those still in place after the rules are still needed.
  let references = inStage('analysis', () => findLibraryReferences(file));
  // Read from the tree as parsed, before any rule changes it. A file parsed again has the same bindings.
  const leftTodos = inStage('analysis', () => findLeftTodos(parsed));
  const clients = inStage('analysis', () => clientRecords(parsed, analysis));
  const blockers: Blocker[] = [...unseenClientBlockers(clients, Boolean(options.isolated)), ...sourceVersionBlockers(clients, analysis.sourceVersions)];
  let blocked: ReadonlySet<number> = blockedBindings(analysis, blockers, options.blocked ?? new Set());
  let outcome: RewriteOutcome;
  // Read the file's style before the rules add nodes (built literals carry double-quoted raw text); a file parsed
  // again for the decision has the same text, and so the same style.
  const style: PrintStyle = detectPrintStyle(file);
  for (;;) {
    outcome = applyRules(file, analysis, rules, { partial, blocked });
    for (const blocker of outcome.blockers) {
      if (!blockers.some((known) => sameBlocker(known, blocker))) blockers.push(blocker);
    }
    const next = blockedBindings(analysis, outcome.blockers, blocked);
    if (next.size === blocked.size) break;
    blocked = next;
    file = inStage('parse', () => parseSource(parsed.path, parsed.text));
    analysis = analyse(file);
    references = inStage('analysis', () => findLibraryReferences(file));
  }
  const { edits } = outcome;
  // TODOs an earlier run left stay in the report; one this run would leave again is reported once.
  const left = leftTodos.filter(
    (todo) => !outcome.diagnostics.some((entry) => entry.ruleId === todo.ruleId && entry.message === todo.message),
  );
  const diagnostics = [...outcome.diagnostics, ...left].sort(byPlace);
  const changed = edits.length > 0;
  // Asked of the tree the rules left, before printing gives unchanged parts their parsed nodes back.
  const stillImports = inStage('analysis', () => librariesStillReferenced(file, references));
  const after = changed ? inStage('print', () => printFile(file, style)) : file.text;
  if (changed) verifyReparses(file, after);
  return {
    path: parsed.path,
    before: parsed.text,
    after,
    changed: changed && after !== parsed.text,
    edits,
    diagnostics,
    blockers: blockers.sort(byPlace),
    clients: clients.map((record) => ({ ...record, blocked: blocked.has(record.id) })),
    stillImports,
  };
}

export function migrateSource(path: string, text: string, options: MigrateSourceOptions): SourceMigration {
  let parsed: ParsedFile;
  try {
    parsed = inStage('parse', () => parseSource(path, text));
  } catch (error) {
    throw asCodemodError(path, error);
  }
  return migrateParsed(parsed, options);
}
