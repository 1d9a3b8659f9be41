/**
 * What the golden harness relies on from each case: it runs live (a case without an `entry` says why), and a
 * case.json that does not match the schema fails here by name rather than somewhere in the harness.
 */
import { expect } from 'chai';
import { findFixtureCases } from '../golden/fixture-cases.js';

describe('fixture cases', function () {
  const cases = findFixtureCases();

  it('each run against a real server, or say in `noEntry` why they cannot', function () {
    const silent = cases.filter((fixture) => !fixture.description.entry && !fixture.description.noEntry).map((fixture) => fixture.name);
    expect(silent).to.deep.equal([]);
  });

  it('mark the partial cases whose expected/ cannot run, with the reason', function () {
    const unexplained = cases.filter((fixture) => fixture.description.expectedDiffers && !fixture.description.partial);
    expect(unexplained.map((fixture) => fixture.name)).to.deep.equal([]);
  });
});
