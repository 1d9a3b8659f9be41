/**
 * Where a script's Lua code may come from and still be made a Script once at module level: a property of a
 * module-level object counts only while nothing can change what the property holds.
 */
import { expect } from 'chai';
import { migrateSource } from '../../../../src/index.js';

const header = "import Redis from 'ioredis';\nconst redis = new Redis();\n";

function scriptProblems(body: string): string[] {
  const result = migrateSource('a.mjs', `${header}${body}\nawait redis.quit();\n`, { partial: true });
  return result.diagnostics.filter((entry) => entry.ruleId === 'eval-to-invoke-script' || entry.ruleId === 'define-command-to-script').map((entry) => entry.message);
}

// A defineCommand inside a function needs its code made a Script once at module level (eval of other code is sent
// as EVAL with the code itself, and a module-level defineCommand makes its Script in its own place).
const defined = (object: string, between: string) =>
  `${object}\n${between}\nfunction define() {\n  redis.defineCommand('one', { numberOfKeys: 0, lua: LUA.get });\n}\ndefine();\nawait redis.one();`;

describe('script code from a module-level object', function () {
  it('is taken where the object is only read', function () {
    const read = defined("const LUA = { get: 'return 1' };", 'console.log(Object.keys({ LUA: 1 }), other.LUA, LUA.get.length);');
    expect(scriptProblems(read)).to.deep.equal([]);
    expect(migrateSource('a.mjs', `${header}${read}\n`).after).to.contain('const oneScript = new Script(LUA.get);');
  });

  it('is refused where the object may change: a property written or deleted, a method called, the object passed on', function () {
    for (const change of ["LUA.get = 'return 2';", 'delete LUA.get;', 'LUA.reload();', 'reload(LUA);', "LUA['get'] = 'x';"]) {
      const problems = scriptProblems(defined("const LUA = { get: 'return 1' };", change));
      expect(problems.some((message) => message.includes('not a literal or a module-level constant')), change).to.equal(true);
    }
  });

  it('is refused for a property the literal does not hold plainly, or an object not declared const', function () {
    for (const object of ['const LUA = { ...base };', "const LUA = { get() { return 'x'; } };", "let LUA = { get: 'return 1' };"]) {
      const problems = scriptProblems(defined(object, ''));
      expect(problems.some((message) => message.includes('not a literal or a module-level constant')), object).to.equal(true);
    }
  });
});
