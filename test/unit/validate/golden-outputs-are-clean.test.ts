/**
 * What the codemod writes is clean GLIDE code: `validate` reports nothing on any golden `expected/` file of a
 * default (not partial) migration. Partial cases are left out on purpose: they keep calls GLIDE cannot run, each
 * marked with a TODO.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateFiles } from '../../../src/validate/validate-code.js';
import { findFixtureCases, listFiles, FIXTURES_ROOT } from '../../golden/fixture-cases.js';

const CODE = /\.(c|m)?[jt]sx?$/;

describe('validate on the golden outputs', function () {
  this.timeout(120_000);

  it('reports nothing on any expected/ file of a default migration', function () {
    const inputs = findFixtureCases()
      .filter((fixture) => !fixture.description.partial)
      .flatMap((fixture) =>
        listFiles(fixture.expectedDirectory)
          .filter((file) => CODE.test(file) && !file.endsWith('.d.ts'))
          .map((file) => {
            const absolute = path.join(fixture.expectedDirectory, file);
            return { file: absolute, text: readFileSync(absolute, 'utf8'), cwd: FIXTURES_ROOT };
          }),
      );
    expect(inputs.length).to.be.greaterThan(150);
    const findings = validateFiles(inputs).flatMap((report) => report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${finding.message}`));
    expect(findings).to.deep.equal([]);
  });
});
