/**
 * The edges of moving an ioredis callback onto the promise that a runnable fixture cannot show: TypeScript
 * callbacks that ioredis typed (left alone, so they cannot type-check against GLIDE), and the names the rule picks
 * for a function written in place and for the handlers' parameters.
 */
import { expect } from 'chai';
import { migrateSource } from '../../../src/index.js';

const header = "import Redis from 'ioredis';\nconst redis = new Redis();\n";

function migrate(file: string, body: string) {
  // Partial, so that what the rule flags shows as TODOs rather than keeping the client as written.
  return migrateSource(file, `${header}${body}\nawait redis.quit();\n`, { partial: true });
}

describe('callback-arguments', function () {
  it('flags a TypeScript callback whose parameters took their types from ioredis, and leaves the call', function () {
    const result = migrate('a.ts', "redis.get('k', (err, reply) => console.log(reply?.length));");
    expect(result.after).to.contain("redis.get('k', (err, reply) => console.log(reply?.length));");
    expect(result.diagnostics.map((entry) => entry.message)).to.deep.equal([
      'get() is given a callback whose parameters took their types from ioredis (declare them, `(error?: Error | null, reply?: T)`, and run the codemod again); migrate it by hand',
    ]);
  });

  it('flags a TypeScript callback whose reply parameter is required: ioredis may call it with the error alone', function () {
    const result = migrate('a.ts', "redis.get('k', (err: Error | null, reply: string | null) => console.log(reply));");
    expect(result.diagnostics).to.have.length(1);
  });

  it('moves a typed TypeScript callback and casts the reply back to what ioredis declared', function () {
    const result = migrate('a.ts', "redis.get('k', (err?: Error | null, reply?: string | null) => console.log(reply));");
    expect(result.diagnostics).to.deep.equal([]);
    expect(result.after).to.contain('const getCallback = (err?: Error | null, reply?: string | null) => console.log(reply);');
    expect(result.after).to.contain("redis.get('k').then(reply => getCallback(null, reply as string | null), error => getCallback(error));");
  });

  // DEL is valid with or without its last key, so only what the syntax shows of that key tells it from a callback.
  it("takes a command's reply, and a let written only with values, for values rather than callbacks", function () {
    const cursorLoop = "let cursor = '0';\ndo {\n  const reply = await redis.sscan('s', cursor);\n  cursor = reply[0];\n} while (cursor !== '0');";
    expect(migrate('a.js', cursorLoop).diagnostics).to.deep.equal([]);
    const fromReply = "const owner = await redis.get('owner');\nawait redis.del('copy', owner);";
    expect(migrate('a.js', fromReply).diagnostics).to.deep.equal([]);
    const fromJson = "const scripts = require('./scripts.json');\nawait redis.del('a', scripts.release.sha, require('./keys.json').lock);";
    expect(migrate('a.js', fromJson).diagnostics).to.deep.equal([]);
    const counted = "let attempts = 0;\nattempts += 1;\nattempts++;\nawait redis.del('attempts', attempts);";
    expect(migrate('a.js', counted).diagnostics).to.deep.equal([]);
  });

  it('takes a parameter for a value where the module calls its function only by name, always with a value', function () {
    const release = "async function release(key, token) {\n  return redis.del(key, token);\n}\nconst unlock = (key, token) => redis.del(key, token);\nawait release('lock', 'owner-1');\nawait release('lock', `owner-${2}`);\nawait unlock('lock', 'x');";
    expect(migrate('a.js', release).diagnostics).to.deep.equal([]);
  });

  it('still flags a parameter of a function exported, passed on, called with a spread or with what the syntax does not show', function () {
    const flagged = (body: string) => migrate('a.js', body).diagnostics.map((entry) => entry.ruleId);
    const define = "async function release(key, token) {\n  return redis.del(key, token);\n}\n";
    expect(flagged(`export ${define}await release('lock', 'a');`)).to.deep.equal(['callback-arguments']);
    expect(flagged(`${define}await release('lock', 'a');\nsetTimeout(release, 10);`)).to.deep.equal(['callback-arguments']);
    expect(flagged(`${define}await release('lock', pick());`)).to.deep.equal(['callback-arguments']);
    expect(flagged(`${define}await release(...['lock', 'a']);`)).to.deep.equal(['callback-arguments']);
    expect(flagged(`${define}export { release };\nawait release('lock', 'a');`)).to.deep.equal(['callback-arguments']);
    expect(flagged(`${define}await release('lock', (error, count) => console.log(count));`)).to.deep.equal(['callback-arguments']);
  });

  it('still flags a let written with what the syntax does not show, or through a pattern, and a reply of other code', function () {
    const unknownWrite = "let last = '0';\nlast = pick();\nawait redis.del('a', last);";
    expect(migrate('a.js', unknownWrite).diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['callback-arguments']);
    const patternWrite = "let last = '0';\n[last] = pick();\nawait redis.del('a', last);";
    expect(migrate('a.js', patternWrite).diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['callback-arguments']);
    const notClient = "const other = await store.get('x');\nawait redis.del('a', other);";
    expect(migrate('a.js', notClient).diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['callback-arguments']);
    const notJson = "const scripts = require('./scripts.js');\nawait redis.del('a', scripts.release);";
    expect(migrate('a.js', notJson).diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['callback-arguments']);
    const loopVariable = "let item = 'a';\nfor (item of pick()) await redis.del('a', item);";
    expect(migrate('a.js', loopVariable).diagnostics.map((entry) => entry.ruleId)).to.deep.equal(['callback-arguments']);
  });

  it('reads the key of a scan stream as a key: ioredis\' scan streams take no callback', function () {
    const result = migrate('a.js', "async function sweep(board) {\n  for await (const page of redis.zscanBufferStream(board)) console.log(page);\n  for await (const page of redis.hscanStream(board)) console.log(page);\n}\nawait sweep('ranks');");
    expect(result.diagnostics).to.deep.equal([]);
    expect(result.after).to.contain('await redis.zscan(board, cursor, { decoder: Decoder.Bytes });');
    expect(result.after).to.contain('await redis.hscan(board, cursor);');
  });

  it('names a function written in place with a name nothing nearby uses', function () {
    const result = migrate('a.js', "const getCallback = 1;\nredis.get('k', (err, value) => console.log(getCallback, value));");
    expect(result.after).to.contain('const getCallback2 = (err, value) => console.log(getCallback, value);');
  });

  it('keeps a named function expression’s own name', function () {
    const result = migrate('a.js', "redis.get('k', function shown(err, value) { console.log(value); });");
    expect(result.after).to.contain('const shown = function shown(err, value) { console.log(value); };');
  });

  it('gives the handlers parameters that do not hide a callback called reply or error', function () {
    const result = migrate('a.js', "function reply(e, v) {}\nfunction error(e, v) {}\nredis.incr('k', reply);\nredis.incr('k', error);");
    expect(result.after).to.contain("redis.incr('k').then(value => reply(null, value), error => reply(error));");
    expect(result.after).to.contain("redis.incr('k').then(reply => error(null, reply), failure => error(failure));");
  });
});
