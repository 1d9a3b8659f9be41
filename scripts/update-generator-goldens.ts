/**
 * Rewrites `expected/` of the generators' golden cases from what the generators produce now. Review the diff
 * before committing: the goldens are the specification. Refuses to run under CI, where goldens are only compared.
 * Usage: `npm run goldens:generators [-- <case-name-substring>...]`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '../src/index.js';
import { findGeneratorCases } from '../test/golden/generator-cases.js';

if (process.env.CI) {
  console.error('goldens:generators refuses to run under CI: goldens are compared there, never rewritten.');
  process.exit(2);
}

const filters = process.argv.slice(2);
for (const fixture of findGeneratorCases().filter((candidate) => filters.length === 0 || filters.some((filter) => candidate.name.includes(filter)))) {
  const { files } = generate({ id: fixture.generatorId, options: fixture.description.options, target: fixture.description.target });
  rmSync(fixture.expectedDirectory, { recursive: true, force: true });
  for (const file of files) {
    const target = path.join(fixture.expectedDirectory, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  console.log(`${fixture.name}: ${files.length} file(s)`);
}
