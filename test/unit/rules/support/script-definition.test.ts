/**
 * node-redis script definitions are read only where the syntax shows every word a call sends, each parameter once
 * and in order; a transformReply that does anything, and any other body, are refused with a reason.
 */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../../../../src/engine/parse.js';
import { readScriptDefinition } from '../../../../src/rules/support/script-definition.js';

function read(definition: string, file = 'main.ts') {
  const parsed = parseSource(file, `const SCRIPT_TEXT = 'return 1';\nconst definition = ${definition};\n`);
  const object = parsed.root.get('program', 'body', 1, 'declarations', 0, 'init') as ASTPath;
  const result = readScriptDefinition(object);
  return typeof result === 'string' ? result : { keyCount: result.keyCount, words: result.words, arity: result.arity, replyType: result.replyType, code: result.code.kind };
}

describe('readScriptDefinition', function () {
  it('reads parseCommand: keys and words from the parameters as written, toString and String, literal words', function () {
    const definition = "{ NUMBER_OF_KEYS: 1, SCRIPT: SCRIPT_TEXT, parseCommand(parser, key: string, n: number, m: number) { parser.pushKey(key); parser.push(n.toString(), 'fixed'); parser.push(String(m)); }, transformReply: undefined as unknown as () => NumberReply }";
    expect(read(definition)).to.deep.equal({
      keyCount: 1,
      arity: 3,
      replyType: 'number',
      code: 'module-constant',
      words: [{ param: 0, form: 'as-is' }, { param: 1, form: 'toString' }, { text: 'fixed' }, { param: 2, form: 'String' }],
    });
  });

  it('reads a declared array reply: ArrayReply<T> and tuples of reply types, none where an element has no counterpart', function () {
    const typed = (reply: string) => {
      const result = read(`{ NUMBER_OF_KEYS: 1, SCRIPT: 'return 1', parseCommand(p, a) { p.pushKey(a); }, transformReply: undefined as unknown as () => ${reply} }`);
      return typeof result === 'string' ? result : result.replyType;
    };
    expect(typed('ArrayReply<NumberReply>')).to.equal('Array<number>');
    expect(typed('ArrayReply<BlobStringReply | NullReply>')).to.equal('Array<string | null>');
    expect(typed('[BlobStringReply | NullReply, NumberReply]')).to.equal('[string | null, number]');
    expect(typed('ArrayReply<MapReply<BlobStringReply, NumberReply>>')).to.equal(undefined);
    expect(typed('[NumberReply, DoubleReply]')).to.equal(undefined);
    expect(typed('Promise<NumberReply>')).to.equal(undefined);
  });

  it("reads node-redis 4's transformArguments, as a method or an arrow", function () {
    expect(read("{ NUMBER_OF_KEYS: 1, SCRIPT: 'return 1', transformArguments: (key) => [key] }", 'main.js')).to.deep.include({ keyCount: 1, arity: 1, code: 'literal' });
    expect(read("{ NUMBER_OF_KEYS: 0, SCRIPT: 'return 1', transformArguments(a) { return [a.toString()]; } }", 'main.js')).to.deep.include({ words: [{ param: 0, form: 'toString' }] });
  });

  it('refuses what would change the reply or the order or number of evaluations', function () {
    const base = "NUMBER_OF_KEYS: 1, SCRIPT: 'return 1'";
    expect(read(`{ ${base}, parseCommand(p, a) { p.pushKey(a); }, transformReply(reply) { return reply; } }`)).to.equal('its transformReply reshapes the reply');
    expect(read(`{ ${base}, parseCommand(p, a, b) { p.pushKey(b); p.push(a); } }`)).to.equal('its words do not use each parameter once and in order');
    expect(read(`{ ${base}, parseCommand(p, a) { p.pushKey(a); p.push(a); } }`)).to.equal('its words do not use each parameter once and in order');
    expect(read(`{ ${base}, parseCommand(p, a) { if (a) p.pushKey(a); } }`)).to.equal('its parseCommand does more than pass its parameters on as words');
    expect(read("{ SCRIPT: 'return 1', parseCommand(p, a) { p.pushKey(a); } }")).to.equal('its NUMBER_OF_KEYS is not a number written in the definition');
    expect(read("{ NUMBER_OF_KEYS: 1, SCRIPT: load(), parseCommand(p, a) { p.pushKey(a); } }")).to.match(/^its SCRIPT is not a literal/);
    expect(read(`{ ${base}, parseCommand(p) {} }`)).to.equal('it sends fewer words than its NUMBER_OF_KEYS');
  });
});
