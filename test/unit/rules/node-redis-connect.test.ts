/**
 * Where node-redis-connect puts its TODO when a connection failure no longer reaches the try around `connect()`,
 * in the cases the runnable fixture does not show.
 */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

const creation = "import { createClient } from 'redis';\nconst client = createClient({ socket: { host: 'h', port: 1 } });\n";

describe('node-redis-connect', function () {
  it('puts the TODO on the try when connect() was all its block held', function () {
    const result = migrateSource('a.js', `${creation}try {\n  await client.connect();\n} catch {\n  console.log('down');\n}\nawait client.quit();\n`, { partial: true });
    const todo = result.after.split('\n').findIndex((line) => line.includes('node-redis-connect'));
    expect(todo).to.be.greaterThan(-1);
    expect(result.after.split('\n')[todo + 1]).to.equal('try {} catch {');
    expect(result.diagnostics.filter((entry) => entry.ruleId === 'node-redis-connect').map((entry) => entry.line)).to.deep.equal([4]);
  });

  it('flags a connect() whose value is used inside such a try, and leaves one a caller awaits alone', function () {
    const used = migrateSource('b.js', `${creation}try {\n  const ready = await client.connect();\n  console.log(Boolean(ready));\n} finally {\n  console.log('done');\n}\n`, { partial: true });
    expect(used.diagnostics.filter((entry) => entry.ruleId === 'node-redis-connect')).to.have.length(1);
    const notAwaited = migrateSource('c.js', `${creation}try {\n  client.connect();\n} catch {}\n`, { partial: true });
    expect(notAwaited.diagnostics.filter((entry) => entry.ruleId === 'node-redis-connect')).to.deep.equal([]);
  });
});
