/**
 * Finds the golden cases by walking `fixtures/`: every folder holding a `case.json` with `input/` and
 * `expected/` is a case, so adding a case means adding files, never editing a list.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export interface ExpectedDiagnostic {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
}

export interface CaseDescription {
  readonly description: string;
  /** The program to run (relative to input/ and expected/); a case without one skips the behaviour stage. */
  readonly entry?: string;
  readonly diagnostics?: readonly ExpectedDiagnostic[];
}

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
      description: JSON.parse(readFileSync(path.join(directory, 'case.json'), 'utf8')) as CaseDescription,
    });
    return;
  }
  for (const entry of readdirSync(directory).sort()) {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory() && entry !== 'node_modules') walk(full, found);
  }
}

export function findFixtureCases(root = FIXTURES_ROOT): FixtureCase[] {
  const found: FixtureCase[] = [];
  if (existsSync(root)) walk(root, found);
  return found;
}

/** Every file below a directory, as sorted forward-slash paths relative to it. */
export function listFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const files: string[] = [];
  const visit = (current: string) => {
    for (const entry of readdirSync(current).sort()) {
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) visit(full);
      else files.push(path.relative(directory, full).split(path.sep).join('/'));
    }
  };
  visit(directory);
  return files;
}
