/**
 * Migrates one file's text: parse, analyse, apply the rules, print, verify. A file whose edit log stays empty
 * is returned exactly as it came in, without printing, so untouched files are byte-identical by construction.
 */
import { analyseFile } from './analyse/analyse-file.js';
import type { PackageType } from './analyse/module-system.js';
import { NO_PROJECT_FACTS, type FileAnalysis, type ProjectFacts, type SourceLibrary } from './analyse/types.js';
import { parseSource, type ParsedFile } from './parse.js';
import { detectPrintStyle, printFile } from './print.js';
import { applyRules } from './rewrite/apply-rules.js';
import type { Diagnostic, Edit } from './rewrite/edits.js';
import { verifyReparses } from './verify.js';
import { RULES } from '../rules/registry.js';
import type { Rule } from '../rules/rule.js';

export interface MigrateSourceOptions {
  readonly project?: ProjectFacts;
  readonly packageType?: PackageType;
  readonly rules?: readonly Rule[];
  /** Migrate the clients of this library only (the per-library jscodeshift transforms). */
  readonly library?: SourceLibrary;
  /** The file's analysis against `project`, when the caller already has it (the project pass's last round). */
  readonly analysis?: FileAnalysis;
}

export interface SourceMigration {
  readonly path: string;
  readonly before: string;
  readonly after: string;
  readonly changed: boolean;
  readonly edits: readonly Edit[];
  readonly diagnostics: readonly Diagnostic[];
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

export function migrateParsed(parsed: ParsedFile, options: MigrateSourceOptions = {}): SourceMigration {
  const analysed = options.analysis ?? analyseFile(parsed, options.project ?? NO_PROJECT_FACTS, options.packageType);
  const analysis = restrictTo(analysed, options.library);
  // Read the file's style before the rules add nodes (built literals carry double-quoted raw text).
  const style = detectPrintStyle(parsed);
  const { edits, diagnostics } = applyRules(parsed, analysis, options.rules ?? RULES);
  const changed = edits.length > 0;
  const after = changed ? printFile(parsed, style) : parsed.text;
  if (changed) verifyReparses(parsed, after);
  return { path: parsed.path, before: parsed.text, after, changed: changed && after !== parsed.text, edits, diagnostics };
}

export function migrateSource(path: string, text: string, options: MigrateSourceOptions = {}): SourceMigration {
  return migrateParsed(parseSource(path, text), options);
}
