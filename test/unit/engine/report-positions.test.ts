/**
 * Every edit and diagnostic the engine reports names a real place in the file as it was given: a 1-based line
 * that exists and a 1-based column within it (the base of ParseError and of every door's output), never the 0:0
 * of a node a rule built, nor a place in the text of one of our own code templates. Checked over every fixture
 * input under fixtures/, each migrated as the project it is.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateProject } from '../../../src/index.js';
import { findFixtureCases } from '../../golden/fixture-cases.js';

describe('report positions', function () {
  this.timeout(120_000);

  for (const fixture of findFixtureCases()) {
    it(`names real source positions in ${fixture.name}`, async function () {
      const migration = await migrateProject({ paths: ['.'], cwd: fixture.inputDirectory });
      const wrong: string[] = [];
      for (const file of migration.report.files) {
        const lines = readFileSync(path.join(fixture.inputDirectory, file.path), 'utf8').split(/\r?\n/);
        const entries = [
          ...file.edits.map((edit) => ({ ...edit, text: edit.summary })),
          ...file.diagnostics.map((diagnostic) => ({ ...diagnostic, text: diagnostic.message })),
        ];
        for (const entry of entries) {
          const line = lines[entry.line - 1];
          const real = entry.line >= 1 && line !== undefined && entry.column >= 1 && entry.column <= line.length + 1;
          if (!real) wrong.push(`${file.path}:${entry.line}:${entry.column} ${entry.ruleId}: ${entry.text}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
