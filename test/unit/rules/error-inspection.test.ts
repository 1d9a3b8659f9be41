/**
 * Which error handlers error-inspection follows and which reads count as looking into the error: the edges a
 * runnable fixture cannot show, since there no command fails (a failing one prints GLIDE's error, which differs).
 */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

const header = "import Redis from 'ioredis';\nconst redis = new Redis();\n";

/** The lines (of `body`, counted from 1) that error-inspection flags. */
function flaggedLines(body: string, file = 'a.js'): number[] {
  // Partial, so that what the rule flags shows as TODOs rather than keeping the client as written.
  const result = migrateSource(file, `${header}${body}\nawait redis.quit();\n`, { partial: true });
  const offset = header.split('\n').length - 1;
  return result.diagnostics.filter((entry) => entry.ruleId === 'error-inspection').map((entry) => entry.line - offset);
}

describe('error-inspection', function () {
  it('follows a catch whose try awaits the command, and flags its first read of the error', function () {
    const body = ['try {', "  const n = [await redis.incr('n')];", '} catch (e) {', "  if (e) console.log('failed');", '  console.log(e.message);', '}'];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([5]);
  });

  it('does not follow a try whose block does not await the command, or calls it in another function', function () {
    const body = [
      'try {',
      "  redis.incr('n');",
      "  setTimeout(async () => { await redis.incr('m'); }, 0);",
      '} catch (e) {',
      '  console.log(e.message);',
      '}',
    ];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([]);
  });

  it('leaves reads of another binding of the same name alone', function () {
    const body = ['try {', "  await redis.incr('n');", '} catch (e) {', '  const describe = (e) => e.message;', "  console.log(describe(new Error('mine')));", '}'];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([]);
  });

  it('counts taking the error apart as looking into it', function () {
    const body = ['try {', "  await redis.incr('n');", '} catch ({ message }) {', '  console.log(message);', '}'];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([3]);
  });

  it('follows .catch through then and finally links, and a named handler to its declaration', function () {
    const body = [
      'function report(error) {',
      '  console.log(String(error));',
      '}',
      "await redis.get('k').then((v) => v).finally(() => {}).catch(report);",
      "await redis.get('k').then((v) => v, (error) => error.name);",
    ];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([2, 5]);
  });

  it('stops at the first handler on the chain: one that takes no error ends the search, one it cannot read is flagged', function () {
    const body = [
      'try {',
      "  await redis.get('k').catch(() => null);",
      '} catch (e) {',
      '  console.log(e.message);',
      '}',
      "await redis.get('k').catch(console.error);",
      "await redis.get('k').then((v) => v);",
    ];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([6]);
  });

  it('takes tests for an error as asking only whether there is one', function () {
    const body = [
      "redis.get('a', (err, v) => { if (!err && v) console.log(v); });",
      "redis.get('b', (err, v) => console.log(err == null ? v : 'failed'));",
      "redis.get('c', (err) => { while (err && false) break; });",
      "redis.get('d', (err) => console.log(err instanceof Error));",
      "redis.get('e', (err) => console.log(err instanceof TypeError));",
    ];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([5]);
  });

  it('flags each handler once, however many commands it catches', function () {
    const body = ['try {', "  await redis.incr('a');", "  await redis.incr('b');", '} catch (e) {', '  console.log(e.message, e.name);', '}'];
    expect(flaggedLines(body.join('\n'))).to.deep.equal([5]);
  });

  it('leaves a node-redis callback alone: node-redis never calls it', function () {
    const source = [
      "import { createClient } from 'redis';",
      'const client = createClient();',
      'await client.connect();',
      "client.get('k', (err) => console.log(err.message));",
      'await client.quit();',
    ].join('\n');
    const result = migrateSource('b.js', source, { partial: true });
    expect(result.diagnostics.filter((entry) => entry.ruleId === 'error-inspection')).to.deep.equal([]);
  });

  it('leaves a note, not a blocker, where the error only goes to stderr; what reaches stdout keeps the client as written', function () {
    const logged = `${header}try {\n  await redis.get('k');\n} catch (error) {\n  console.error('get failed:', error.message);\n}\nawait redis.quit();\n`;
    const migrated = migrateSource('c.js', logged);
    expect(migrated.blockers).to.deep.equal([]);
    expect(migrated.after).to.include('GlideClient.createClient');
    expect(migrated.diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['error-inspection']);
    const printed = logged.replace("console.error('get failed:', error.message)", "console.log('get failed:', error.message)");
    const kept = migrateSource('d.js', printed);
    expect(kept.changed).to.equal(false);
    expect(kept.blockers.map((entry) => entry.ruleId)).to.deep.equal(['error-inspection']);
    const handedToLogger = `${header}redis.get('k').catch(console.error);\nawait redis.quit();\n`;
    expect(migrateSource('e.js', handedToLogger).blockers).to.deep.equal([]);
  });
});
