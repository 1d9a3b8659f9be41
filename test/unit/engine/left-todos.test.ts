/**
 * A rerun after `--write` still reports the TODOs the first run left in the code, once each.
 */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

describe('TODOs left by an earlier run', function () {
  it('are reported again by a rerun that changes nothing', function () {
    const source = "import Redis from 'ioredis';\nconst redis = new Redis();\nredis.on('error', (error) => console.error(error));\nawait redis.set('k', 'v');\nawait redis.quit();\n";
    const first = migrateSource('a.js', source);
    expect(first.diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['event-listeners']);
    const rerun = migrateSource('a.js', first.after);
    expect(rerun.changed).to.equal(false);
    expect(rerun.diagnostics.map((entry) => [entry.ruleId, entry.message])).to.deep.equal(
      first.diagnostics.map((entry) => [entry.ruleId, entry.message]),
    );
  });
});
