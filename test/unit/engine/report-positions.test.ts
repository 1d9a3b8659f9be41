/**
 * Every edit, diagnostic, client and blocking site the engine reports names a real place in the file as it was given: a 1-based line
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
      // Default and partial runs report different things: blocked clients in one, TODOs at their uses in the other.
      for (const partial of [false, true]) {
        const migration = await migrateProject({ paths: ['.'], cwd: fixture.inputDirectory, partial });
        const wrong: string[] = [];
        const check = (file: string, entry: { line: number; column: number; ruleId?: string }, text: string) => {
          const line = readFileSync(path.join(fixture.inputDirectory, file), 'utf8').split(/\r?\n/)[entry.line - 1];
          const real = entry.line >= 1 && line !== undefined && entry.column >= 1 && entry.column <= line.length + 1;
          if (!real) wrong.push(`${file}:${entry.line}:${entry.column} ${entry.ruleId ?? ''}: ${text}`);
        };
        for (const file of migration.report.files) {
          for (const edit of file.edits) check(file.path, edit, edit.summary);
          for (const diagnostic of file.diagnostics) check(file.path, diagnostic, diagnostic.message);
        }
        for (const client of migration.report.clients) {
          check(client.path, client, `client ${client.name}`);
          for (const site of client.blockedBy) check(site.path, site, site.message);
        }
        expect(wrong, partial ? 'partial run' : 'default run').to.deep.equal([]);
      }
    });
  }
});
