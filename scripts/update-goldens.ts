/**
 * Rewrites `expected/` (and the `diagnostics` of case.json) of the golden cases from what the engine produces
 * now. Review the diff before committing: the goldens are the specification. Refuses to run under CI, where
 * the goldens are only ever compared. Usage: `npm run goldens:update [-- <case-name-substring>...]`.
 */
import { mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findFixtureCases } from '../test/golden/fixture-cases.js';
import { migrateTree } from '../test/golden/migrate-case.js';

if (process.env.CI) {
  console.error('goldens:update refuses to run under CI: goldens are compared there, never rewritten.');
  process.exit(2);
}

const filters = process.argv.slice(2);
const cases = findFixtureCases().filter((fixture) => filters.length === 0 || filters.some((filter) => fixture.name.includes(filter)));
for (const fixture of cases) {
  const { files, migration } = await migrateTree(fixture.inputDirectory);
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
  const caseFile = path.join(fixture.directory, 'case.json');
  const description = JSON.parse(readFileSync(caseFile, 'utf8')) as Record<string, unknown>;
  description.diagnostics = migration.report.files.flatMap((file) =>
    file.diagnostics.map((entry) => ({ ruleId: entry.ruleId, file: file.path, line: entry.line })),
  );
  writeFileSync(caseFile, `${JSON.stringify(description, null, 2)}\n`);
  console.log(`${fixture.name}: ${migration.changes.length} file(s) changed, ${migration.report.summary.todos} TODO(s)`);
}
