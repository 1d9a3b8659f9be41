/**
 * Rewrites `expected/` of the golden cases from what the engine produces now. Review the diff before committing:
 * the goldens are the specification. The TODOs and blocked clients a case.json lists are filled in only for a
 * new case (one that lists none yet); an existing list is an expectation the harness checks, so a difference is
 * printed for a person to judge, never written over. Refuses to run under CI, where goldens are only compared.
 * Usage: `npm run goldens:update [-- <case-name-substring>...]`.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { findFixtureCases, linkedPackages } from '../test/golden/fixture-cases.js';
import { migrateTree, reportedExpectations } from '../test/golden/migrate-case.js';

if (process.env.CI) {
  console.error('goldens:update refuses to run under CI: goldens are compared there, never rewritten.');
  process.exit(2);
}

const filters = process.argv.slice(2);
const cases = findFixtureCases().filter((fixture) => filters.length === 0 || filters.some((filter) => fixture.name.includes(filter)));
for (const fixture of cases) {
  const { files, migration } = await migrateTree(fixture.inputDirectory, { partial: fixture.description.partial });
  const failed = migration.report.files.filter((file) => file.status === 'error');
  if (failed.length > 0) {
    console.error(`${fixture.name}: not updated, the migration failed:`, failed.map((file) => file.error?.message));
    process.exitCode = 1;
    continue;
  }
  rmSync(fixture.expectedDirectory, { recursive: true, force: true });
  for (const [file, text] of files) {
    const target = path.join(fixture.expectedDirectory, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  // expected/ runs with the packages input/ links (another version of a source client).
  for (const [name, target] of linkedPackages(fixture.inputDirectory)) {
    mkdirSync(path.join(fixture.expectedDirectory, 'node_modules'), { recursive: true });
    symlinkSync(target, path.join(fixture.expectedDirectory, 'node_modules', name), 'dir');
  }
  const caseFile = path.join(fixture.directory, 'case.json');
  const description = JSON.parse(readFileSync(caseFile, 'utf8')) as Record<string, unknown>;
  const reported = reportedExpectations(migration);
  let filled = false;
  for (const key of ['diagnostics', 'blocked'] as const) {
    if (description[key] === undefined) {
      if (reported[key].length > 0 || key === 'diagnostics') {
        description[key] = reported[key];
        filled = true;
      }
    } else if (!isDeepStrictEqual(description[key], reported[key])) {
      console.error(`${fixture.name}: case.json lists other ${key} than the engine reports now:\n${JSON.stringify(reported[key], null, 2)}`);
      process.exitCode = 1;
    }
  }
  if (filled) writeFileSync(caseFile, `${JSON.stringify(description, null, 2)}\n`);
  console.log(`${fixture.name}: ${migration.changes.length} file(s) changed, ${migration.report.summary.todos} TODO(s)`);
}
