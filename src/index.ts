/**
 * The library entry, and the one way into the engine for the CLI, the MCP server and the jscodeshift transforms:
 * the engine runs the rules its caller gives it, and this module gives it the registry's. `createEngine` binds
 * another rule set (a test's, a plugin's) the same way.
 */
import { migrateCode as migrateCodeWith, type CodeMigrationOptions } from './engine/migrate-code.js';
import { migrateProject as migrateProjectWith, type ProjectMigrationOptions } from './engine/migrate-project.js';
import type { RunLimits } from './engine/run-limits.js';
import { migrateSource as migrateSourceWith, type MigrateSourceOptions } from './engine/migrate-source.js';
import type { Rule } from './engine/rewrite/rule.js';
import { RULES } from './rules/registry.js';

type WithoutRules<T> = Omit<T, 'rules' | 'workerEntry'>;

/** `workerEntry`: the module worker threads load to build the same rules; without it, project runs stay in this thread. */
export function createEngine({ rules, workerEntry }: { readonly rules: readonly Rule[]; readonly workerEntry?: URL }) {
  return {
    migrateProject: (options: WithoutRules<ProjectMigrationOptions>) => migrateProjectWith({ ...options, rules, workerEntry }),
    migrateCode: (filename: string, code: string, options: WithoutRules<CodeMigrationOptions> = {}) =>
      migrateCodeWith(filename, code, { ...options, rules }),
    migrateSource: (path: string, text: string, options: WithoutRules<MigrateSourceOptions> = {}) =>
      migrateSourceWith(path, text, { ...options, rules }),
  };
}

export const { migrateCode, migrateSource } = createEngine({ rules: RULES });

/**
 * A project run of the registry's rules, on worker threads that load src/project-worker. Its place is found by a
 * module of its own, loaded here on the first run: jscodeshift's transforms load this module through Babel, which
 * turns each module into CommonJS but leaves `import.meta` as it is, and Node then loads a module naming
 * `import.meta` as an ES module, where the CommonJS code fails (`exports is not defined`).
 */
export async function migrateProject(options: WithoutRules<ProjectMigrationOptions>): Promise<ProjectMigration> {
  const { PROJECT_WORKER_ENTRY } = await import('./project-worker-entry.js');
  return createEngine({ rules: RULES, workerEntry: PROJECT_WORKER_ENTRY }).migrateProject(options);
}

import type { ProjectMigration } from './engine/migrate-project.js';
export type { ProjectMigration, ProjectMigrationOptions } from './engine/migrate-project.js';
export type { SourceMigration } from './engine/migrate-source.js';
export type { ClientRecord } from './engine/decide/client-records.js';
export type { Rule, RuleContext, CallRule, FileRule } from './engine/rewrite/rule.js';
export { migrationReportSchema, type MigrationReport, type FileReport } from './engine/report/migration-report.js';
export { summaryLines } from './engine/report/summary-text.js';
export { CodemodError, ParseError, UnreadableFileError, InvalidRequestError, WriteError, InternalError } from './engine/errors.js';
export { RULES } from './rules/registry.js';
export { createPackageTypeLookup } from './engine/package-type.js';
export { createSourceVersionLookup } from './engine/source-versions.js';
export { explainInputSchema, type ExplainInput } from './knowledge/explain-input.js';
export type { ExplainResult, CommandExplanation, GlideMethodFacts, ExplainOptions } from './knowledge/explain.js';

/**
 * "What is the GLIDE way to write this?" The answers' examples and the declarations reader load on the first call,
 * not with this module (a migration never needs them).
 */
export async function explain(
  input: import('./knowledge/explain-input.js').ExplainInput,
  options?: import('./knowledge/explain.js').ExplainOptions,
): Promise<import('./knowledge/explain.js').ExplainResult> {
  const { explain: answer } = await import('./knowledge/explain.js');
  return answer(input, options);
}
export { COMMAND_CATALOGUE, type CommandEntry, type CommandFamily } from './knowledge/commands/catalogue.js';
export type { ValidationReport, ValidationFinding, ValidateCodeInput } from './validate/validate-code.js';

/**
 * "Is this GLIDE code right?": type errors against the installed GLIDE types (TypeScript files) and the GLIDE
 * pitfalls (both languages), per file. The compiler is loaded on the first call, not with this module.
 */
export async function validate(inputs: readonly import('./validate/validate-code.js').ValidateCodeInput[]) {
  const { validateFiles } = await import('./validate/validate-code.js');
  return validateFiles(inputs);
}

/** What a caller serving others may bound a project run by: its sizes, a signal that stops it, its worker threads. */
export interface RunBounds {
  readonly limits?: RunLimits;
  readonly signal?: AbortSignal;
  /** Worker threads for the project run: 1 runs in this thread; unset, the count follows the files and the cores. */
  readonly workers?: number;
}
export type { RunLimits } from './engine/run-limits.js';

/**
 * "What still stands between this project and GLIDE?": the clients still on ioredis or node-redis (migratable now
 * or blocked, with every blocking site), the TODOs a partial migration left, and the GLIDE pitfalls, as findings
 * with stable fingerprints. Nothing is written.
 */
export async function check(options: { readonly paths: readonly string[]; readonly cwd: string } & RunBounds) {
  const { checkProject } = await import('./check/check-project.js');
  const { limits, signal, workers } = options;
  return checkProject({ paths: options.paths, cwd: options.cwd, migrate: (input) => migrateProject({ ...input, limits, signal, workers }), validate });
}
export { checkReportSchema, type CheckReport } from './check/check-report.js';
export type { CheckFinding } from './check/finding.js';
export { baselineSchema, baselineOf, newFindings, type Baseline } from './check/baseline.js';
export { findConfigFile, loadConfig, ConfigError, checkConfigSchema, CONFIG_FILE, type CheckConfig } from './check/config.js';
export { applyConfig } from './check/apply-config.js';

/** "What will the migration of this project take?": the inventory and the steps, from a dry run. Nothing is written. */
export async function plan(options: { readonly paths: readonly string[]; readonly cwd: string } & RunBounds) {
  const { migrationPlan } = await import('./plan/migration-plan.js');
  const { report } = await migrateProject({ paths: options.paths, cwd: options.cwd, limits: options.limits, signal: options.signal, workers: options.workers });
  return migrationPlan(report, options.paths);
}
export { planSchema, type MigrationPlan } from './plan/plan-schema.js';

/**
 * "Write me the GLIDE version of X": a generator's project (module, demo, README, package.json, tsconfig.json)
 * as files, built as syntax trees from validated options. Nothing is written; the CLI's `generate` writes them.
 */
export { generate, type GenerateRequest, type GenerateResult } from './generators/generate.js';
export { GENERATORS, findGenerator } from './generators/index.js';
export { describeGenerator, type GeneratorDescription, type OptionDescription } from './generators/describe-generator.js';
export { optionsFromText } from './generators/options-from-text.js';
export { LANGUAGES, MODULE_SYSTEMS, TOPOLOGIES, type Generator, type GeneratedFile, type GeneratorTarget, type Language, type ModuleSystem, type Topology } from './generators/define-generator.js';
export { GeneratorOptionsError, UnknownGeneratorError, UnsupportedTargetError, type OptionProblem } from './generators/generator-errors.js';

/**
 * "Does my program still do the same on GLIDE?": the project is copied, the copy migrated, and the original and
 * the migrated entry run against fresh servers (or `valkeyUrl`, flushed before each run); exit code, stdout and
 * keyspace are compared. Nothing of the project is written.
 */
export async function verify(options: Omit<import('./verify/verify-project.js').VerifyOptions, 'migrate'>) {
  const { verifyProject } = await import('./verify/verify-project.js');
  return verifyProject({ ...options, migrate: (input) => migrateProject(input) });
}
export type { VerifyOptions } from './verify/verify-project.js';
export type { VerifyResult, SideSummary, MigrationOutcome } from './verify/verify-result.js';
export type { RunDifference, Side } from './verify/run-difference.js';
export type { KeyspaceEntry, KeyspaceValue } from './verify/keyspace-snapshot.js';
export { VerifyError, VerifySetupError, VerifyRunError } from './verify/verify-errors.js';
