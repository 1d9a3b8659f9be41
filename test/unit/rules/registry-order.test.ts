/**
 * The registry's order carries no meaning: every fixture input migrates to the same text, with the same report,
 * whether the rules are given in the registry's order or reversed (phases decide the order, and rules of one phase
 * are independent).
 */
import { expect } from 'chai';
import { createEngine, RULES } from '../../../src/index.js';
import { findFixtureCases } from '../../golden/fixture-cases.js';

describe('the order of the rules', function () {
  this.timeout(120_000);
  const forward = createEngine({ rules: RULES });
  const reversed = createEngine({ rules: [...RULES].reverse() });

  for (const fixture of findFixtureCases()) {
    it(`does not change the migration of ${fixture.name}`, async function () {
      const partial = fixture.description.partial;
      const one = await forward.migrateProject({ paths: ['.'], cwd: fixture.inputDirectory, partial });
      const other = await reversed.migrateProject({ paths: ['.'], cwd: fixture.inputDirectory, partial });
      expect(other.changes).to.deep.equal(one.changes);
      expect(other.report.clients).to.deep.equal(one.report.clients);
      const todos = (migration: typeof one) => migration.report.files.map((file) => file.diagnostics);
      expect(todos(other)).to.deep.equal(todos(one));
    });
  }
});
