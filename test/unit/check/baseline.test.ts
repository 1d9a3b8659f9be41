/** Baselines and fingerprints: stable when lines move, different for another rule, file or line text; new findings only. */
import { expect } from 'chai';
import { baselineOf, newFindings } from '../../../src/check/baseline.js';
import { fingerprintOf, type CheckFinding } from '../../../src/check/finding.js';

const finding = (ruleId: string, fingerprint: string): CheckFinding => ({ ruleId, severity: 'error', file: 'a.ts', line: 1, column: 1, message: 'm', fingerprint });

describe('check: fingerprints and baselines', function () {
  it('fingerprints a finding by its rule, file and line text, not its line number', function () {
    const base = fingerprintOf('client-blocked', 'src/a.ts', '  const redis = new Redis();', 0);
    expect(fingerprintOf('client-blocked', 'src/a.ts', 'const redis = new Redis();', 0)).to.equal(base);
    expect(fingerprintOf('client-blocked', 'src\\a.ts', 'const redis = new Redis();', 0)).to.equal(base);
    expect(fingerprintOf('client-migratable', 'src/a.ts', 'const redis = new Redis();', 0)).to.not.equal(base);
    expect(fingerprintOf('client-blocked', 'src/b.ts', 'const redis = new Redis();', 0)).to.not.equal(base);
    expect(fingerprintOf('client-blocked', 'src/a.ts', 'const cache = new Redis();', 0)).to.not.equal(base);
    expect(fingerprintOf('client-blocked', 'src/a.ts', 'const redis = new Redis();', 1)).to.not.equal(base);
  });

  it('writes each fingerprint once, sorted, and keeps only findings it does not hold', function () {
    const findings = [finding('b', 'f2'), finding('a', 'f1'), finding('a', 'f1')];
    expect(baselineOf(findings)).to.deep.equal({ version: 1, fingerprints: ['f1', 'f2'] });
    const { fresh, known } = newFindings([...findings, finding('c', 'f3')], { version: 1, fingerprints: ['f1'] });
    expect(fresh.map((entry) => entry.fingerprint)).to.deep.equal(['f2', 'f3']);
    expect(known).to.equal(2);
  });
});
