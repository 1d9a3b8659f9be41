/**
 * The analysis marks the calls that run a script the program defined on the same client (ioredis defineCommand,
 * node-redis' scripts option) with their definition, and only those: a name defined twice, a name defined on
 * another client, and a name computed at run time are not marked.
 */
import { expect } from 'chai';
import { parseSource } from '../../../../src/engine/parse.js';
import { analyseFile } from '../../../../src/engine/analyse/analyse-file.js';
import { NO_PROJECT_FACTS } from '../../../../src/engine/analyse/types.js';

function marked(name: string, source: string): string[] {
  const analysis = analyseFile(parseSource(name, source), NO_PROJECT_FACTS, 'module');
  return analysis.calls.filter((call) => call.definedScript).map((call) => `${call.binding.name}.${call.method}:${call.line}`);
}

describe('analysis: calls to defined scripts', function () {
  it('marks ioredis calls to a name defined with defineCommand on the same client', function () {
    const source = [
      "import Redis from 'ioredis';",
      'const a = new Redis();',
      'const b = new Redis();',
      "a.defineCommand('echo', { numberOfKeys: 1, lua: 'return KEYS[1]' });",
      "a.defineCommand('twice', { lua: 'return 1' });",
      "a.defineCommand('twice', { lua: 'return 2' });",
      'const name = "dynamic";',
      "a.defineCommand(name, { lua: 'return 3' });",
      "await a.echo('k');",
      "await b.echo('k');",
      'await a.twice(0);',
      'await a.dynamic(0);',
      "await a.get('echo');",
      '',
    ].join('\n');
    expect(marked('main.mjs', source)).to.deep.equal(['a.echo:9']);
  });

  it('marks calls through another name of the same client: a field the constructor parameter is stored in', function () {
    const source = [
      "import Redis from 'ioredis';",
      'class Limiter {',
      '  constructor(redis) {',
      '    this.redis = redis;',
      "    redis.defineCommand('take', { numberOfKeys: 1, lua: 'return 1' });",
      '  }',
      "  run() { return this.redis.take('k'); }",
      '}',
      'const client = new Redis();',
      'new Limiter(client);',
      '',
    ].join('\n');
    expect(marked('main.mjs', source)).to.deep.equal(['redis.take:7']);
  });

  it("marks node-redis calls to a script of the client's scripts option, defined with defineScript or as an object", function () {
    const source = [
      "import { createClient, defineScript } from 'redis';",
      'const client = createClient({ scripts: {',
      "  add: defineScript({ NUMBER_OF_KEYS: 1, SCRIPT: 'return 1', parseCommand(parser, key) { parser.pushKey(key); } }),",
      "  plain: { NUMBER_OF_KEYS: 0, SCRIPT: 'return 2', parseCommand() {} },",
      '} });',
      'const other = createClient();',
      'await client.connect();',
      "await client.add('k');",
      'await client.plain();',
      "await other.add('k');",
      "await client.get('add');",
      '',
    ].join('\n');
    expect(marked('main.mjs', source)).to.deep.equal(['client.add:8', 'client.plain:9']);
  });
});
