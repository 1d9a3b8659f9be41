/**
 * Finds the golden cases by walking `fixtures/`: every folder holding a `case.json` with `input/` and
 * `expected/` is a case, so adding a case means adding files, never editing a list. `fixtures/generators/` holds
 * the generators' cases, which have no input and their own harness (generator-cases.ts).
 */
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const FIXTURES_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
export const GENERATOR_FIXTURES_ROOT = path.join(FIXTURES_ROOT, 'generators');

export const expectedDiagnosticSchema = z.object({ ruleId: z.string(), file: z.string(), line: z.number().int().positive() }).strict();

export const expectedBlockedClientSchema = z
  .object({
    file: z.string(),
    line: z.number().int().positive(),
    blockedBy: z.array(expectedDiagnosticSchema).min(1),
  })
  .strict();

/** case.json: what the case shows and what the harness must find. Unknown keys are mistakes, not extensions. */
export const caseDescriptionSchema = z
  .object({
    description: z.string().min(1),
    /** The program to run (relative to input/ and expected/). */
    entry: z.string().optional(),
    /** Why the case cannot run against a server (a cluster, Sentinel, TLS): required when there is no entry. */
    noEntry: z.string().min(1).optional(),
    /** Migrate with --partial: uses that cannot be migrated become TODOs instead of keeping their client as written. */
    partial: z.boolean().optional(),
    /** With partial: why expected/ (which has TODOs) cannot run like input/; its live stage is then not run. */
    expectedDiffers: z.string().min(1).optional(),
    diagnostics: z.array(expectedDiagnosticSchema).optional(),
    /** The clients left as written, each with the places that keep it there. */
    blocked: z.array(expectedBlockedClientSchema).optional(),
  })
  .strict()
  .refine((value) => value.entry === undefined || value.noEntry === undefined, {
    message: 'a case with an `entry` runs; `noEntry` is for a case that cannot',
  })
  .refine((value) => value.expectedDiffers === undefined || (value.partial && value.entry !== undefined), {
    message: '`expectedDiffers` is for partial cases with an entry',
  });

export type ExpectedDiagnostic = z.infer<typeof expectedDiagnosticSchema>;
export type ExpectedBlockedClient = z.infer<typeof expectedBlockedClientSchema>;
export type CaseDescription = z.infer<typeof caseDescriptionSchema>;

export interface FixtureCase {
  /** `rules/quit-to-close/awaited-quit`, relative to fixtures/. */
  readonly name: string;
  readonly directory: string;
  readonly inputDirectory: string;
  readonly expectedDirectory: string;
  readonly description: CaseDescription;
}

function walk(directory: string, found: FixtureCase[]): void {
  if (existsSync(path.join(directory, 'case.json'))) {
    found.push({
      name: path.relative(FIXTURES_ROOT, directory).split(path.sep).join('/'),
      directory,
      inputDirectory: path.join(directory, 'input'),
      expectedDirectory: path.join(directory, 'expected'),
      description: readCaseDescription(path.join(directory, 'case.json')),
    });
    return;
  }
  for (const entry of readdirSync(directory).sort()) {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory() && entry !== 'node_modules' && full !== GENERATOR_FIXTURES_ROOT) walk(full, found);
  }
}

/** The parsed case.json; a file that does not match the schema fails loudly, naming the file and the field. */
export function readCaseDescription(file: string): CaseDescription {
  const parsed = caseDescriptionSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(case)'}: ${issue.message}`);
  throw new Error(`${path.relative(FIXTURES_ROOT, file)}: ${problems.join('; ')}`);
}

export function findFixtureCases(root = FIXTURES_ROOT): FixtureCase[] {
  const found: FixtureCase[] = [];
  if (existsSync(root)) walk(root, found);
  return found;
}

/** Every file below a directory, as sorted forward-slash paths relative to it. */
/**
 * The files of a case's tree, without its `node_modules` (where a case that runs with another version of a source
 * client links it, see `linkedPackages`).
 */
export function listFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const files: string[] = [];
  const visit = (current: string) => {
    for (const entry of readdirSync(current).sort()) {
      const full = path.join(current, entry);
      if (entry === 'node_modules') continue;
      if (statSync(full).isDirectory()) visit(full);
      else files.push(path.relative(directory, full).split(path.sep).join('/'));
    }
  };
  visit(directory);
  return files;
}

/** The packages a case's tree links in its top `node_modules` (`redis` → the redis-v4 dev dependency), by name. */
export function linkedPackages(directory: string): Map<string, string> {
  const folder = path.join(directory, 'node_modules');
  const links = new Map<string, string>();
  if (!existsSync(folder)) return links;
  for (const entry of readdirSync(folder).sort()) {
    const link = path.join(folder, entry);
    if (lstatSync(link).isSymbolicLink()) links.set(entry, readlinkSync(link));
  }
  return links;
}
