/**
 * What the generators write is clean GLIDE code by the codemod's own measure: `validate` (type errors against
 * GLIDE's types for TypeScript, GLIDE pitfalls for both languages) reports nothing on any generator golden file.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateFiles } from '../../../src/validate/validate-code.js';
import { FIXTURES_ROOT, listFiles } from '../../golden/fixture-cases.js';
import { findGeneratorCases } from '../../golden/generator-cases.js';

const CODE = /\.(c|m)?[jt]s$/;

describe('validate on the generator outputs', function () {
  this.timeout(120_000);

  it('reports nothing on any generated file', function () {
    const cases = findGeneratorCases().map((fixture) =>
      listFiles(fixture.expectedDirectory)
        .filter((file) => CODE.test(file))
        .map((file) => {
          const absolute = path.join(fixture.expectedDirectory, file);
          return { file: absolute, text: readFileSync(absolute, 'utf8'), cwd: FIXTURES_ROOT };
        }),
    );
    expect(cases.flat().length).to.be.greaterThan(50);
    // Each generated folder is a project of its own: one whose module declarations merge into a package's types
    // (the Fastify plugin's `declare module 'fastify'`) is checked alone, the others together (one program is faster).
    const merging = cases.filter((files) => files.some((input) => input.text.includes('declare module')));
    const others = cases.filter((files) => !merging.includes(files)).flat();
    const reports = [others, ...merging].flatMap((inputs) => validateFiles(inputs));
    const findings = reports.flatMap((report) => report.findings.map((finding) => `${finding.file}:${finding.line}:${finding.column} ${finding.ruleId}: ${finding.message}`));
    expect(findings).to.deep.equal([]);
  });
});
