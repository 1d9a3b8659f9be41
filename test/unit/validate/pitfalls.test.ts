/**
 * Each GLIDE pitfall `validate` knows, reported where it is and not where the code is right. The snippets are
 * checked where this test lives, so that `@valkey/valkey-glide` resolves from the repository.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateCode } from '../../../src/validate/validate-code.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CLIENT = "import { GlideClient, Batch } from '@valkey/valkey-glide';\nconst client = await GlideClient.createClient({ addresses: [{ host: 'localhost', port: 6379 }] });\n";

function findings(body: string, file = 'snippet.mjs') {
  return validateCode({ file: path.join(HERE, file), text: `${CLIENT}${body}`, cwd: HERE }).findings.map((finding) => `${finding.line}:${finding.column} ${finding.ruleId}`);
}

describe('validate: GLIDE pitfalls', function () {
  this.timeout(60_000);

  it('string-as-list: a single string where GLIDE takes a list, in JavaScript', function () {
    expect(findings("await client.del('session');\nawait client.sadd('tags', 'new');\nawait client.del(['session']);\nawait client.get('session');\n")).to.deep.equal([
      '3:18 string-as-list',
      '4:27 string-as-list',
    ]);
  });

  it('string-as-list: not where the parameter takes one value or a list (migrate\'s key)', function () {
    expect(findings("await client.migrate('127.0.0.1', 6380, 'session', 0, 1000);\nawait client.del('session');\n")).to.deep.equal(['4:18 string-as-list']);
  });

  it('exec-without-raise-on-error: exec(batch) without its second argument', function () {
    expect(findings('const batch = new Batch(true);\nawait client.exec(batch);\nawait client.exec(batch, true);\n')).to.deep.equal(['4:7 exec-without-raise-on-error']);
  });

  it('create-client-not-awaited: the promise used as the client', function () {
    const body = [
      "const other = GlideClient.createClient({ addresses: [] });",
      "await other.set('k', 'v');",
      "const awaitedLater = GlideClient.createClient({ addresses: [] });",
      "await (await awaitedLater).set('k', 'v');",
      "class Store { client = GlideClient.createClient({ addresses: [] }); read() { return this.client.get('k'); } }",
      '',
    ].join('\n');
    expect(findings(body)).to.deep.equal(['3:15 create-client-not-awaited', '7:24 create-client-not-awaited']);
  });

  it('blocking-command-default-timeout: a blocking command on a client created without requestTimeout', function () {
    const body = [
      "await client.blpop(['jobs'], 5);",
      "const patient = await GlideClient.createClient({ addresses: [], requestTimeout: 10_000 });",
      "await patient.brpop(['jobs'], 5);",
      '',
    ].join('\n');
    expect(findings(body)).to.deep.equal(['3:7 blocking-command-default-timeout']);
  });

  it('custom-command-has-typed-method: customCommand for a command GLIDE has a method for', function () {
    expect(findings("await client.customCommand(['HGET', 'h', 'f']);\nawait client.customCommand(['KEYS', '*']);\n")).to.deep.equal(['3:7 custom-command-has-typed-method']);
  });

  it('custom-command-has-typed-method: AUTH is flagged with a password alone, not with a username (no typed method)', function () {
    expect(findings("await client.customCommand(['AUTH', 'secret']);\nawait client.customCommand(['AUTH', 'reporting', 'secret']);\n")).to.deep.equal(['3:7 custom-command-has-typed-method']);
  });

  it('script-created-repeatedly: new Script(...) in a loop or a function, not at module level nor released', function () {
    const body = [
      "import { Script } from '@valkey/valkey-glide';",
      "const once = new Script('return 1');",
      "for (const n of [1, 2]) await client.invokeScript(new Script('return ARGV[1]'), { args: [String(n)] });",
      "async function each(key) { return client.invokeScript(new Script('return KEYS[1]'), { keys: [key] }); }",
      "async function released() { const s = new Script('return 2'); try { return await client.invokeScript(s); } finally { s.release(); } }",
      "class Script2 {}",
      "const other = new Script2();",
      "console.log(once, other, each, released);",
      '',
    ].join('\n');
    expect(findings(body)).to.deep.equal(['5:51 script-created-repeatedly', '6:55 script-created-repeatedly']);
  });

  it('publish-argument-order: publish called channel first, as in ioredis', function () {
    const body = [
      "const channel = 'news';",
      "const message = 'hello';",
      'await client.publish(channel, message);',
      "await client.publish('news', JSON.stringify({ id: 1 }));",
      'await client.publish(message, channel);',
      "await client.publish(JSON.stringify({ id: 1 }), 'news');",
      '',
    ].join('\n');
    expect(findings(body)).to.deep.equal(['5:7 publish-argument-order', '6:7 publish-argument-order']);
  });

  it('type-error: TypeScript checked against the installed GLIDE types; not reported for JavaScript', function () {
    const body = "const value: number = await client.get('k');\n";
    expect(findings(body, 'snippet.mts')).to.deep.equal(['3:7 type-error']);
    expect(findings(body.replace(': number', ''), 'snippet.mjs')).to.deep.equal([]);
  });
});
