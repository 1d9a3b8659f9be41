/** BITFIELD encodings and offsets: the literals the server reads are read, anything else is left to flag. */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../../../../src/engine/parse.js';
import { pathsOf } from '../../../../src/ast/node-index.js';
import { readBitFieldEncoding, readBitFieldOffset } from '../../../../src/rules/support/bitfield-words.js';

function argumentsOf(source: string, file = 'a.js'): unknown[] {
  const parsed = parseSource(file, source);
  const [call] = pathsOf(parsed, parsed.j.CallExpression);
  const count = (call.node as unknown as { arguments: unknown[] }).arguments.length;
  return Array.from({ length: count }, (_, index) => (call.get('arguments', index) as ASTPath).node);
}

describe('readBitFieldEncoding', function () {
  it('reads i1 to i64 and u1 to u63, in JavaScript and TypeScript', function () {
    for (const file of ['a.js', 'a.ts']) {
      expect(argumentsOf("f('u8', 'i5', 'i64', 'u63', `u1`);", file).map(readBitFieldEncoding)).to.deep.equal([
        { signed: false, bits: 8 },
        { signed: true, bits: 5 },
        { signed: true, bits: 64 },
        { signed: false, bits: 63 },
        { signed: false, bits: 1 },
      ]);
    }
  });

  it('refuses what the server refuses, and an encoding known only at run time', function () {
    expect(argumentsOf("f('U8', 'u64', 'i65', 'u0', 'i08', 'u', 8, width, `u${n}`);").map(readBitFieldEncoding)).to.deep.equal(Array(9).fill(undefined));
  });
});

describe('readBitFieldOffset', function () {
  it('reads a whole number, a numeric string and a #n multiplier', function () {
    expect(argumentsOf("f(0, 100, '7', '#1', '#0');").map(readBitFieldOffset)).to.deep.equal([
      { multiplied: false, offset: 0 },
      { multiplied: false, offset: 100 },
      { multiplied: false, offset: 7 },
      { multiplied: true, offset: 1 },
      { multiplied: true, offset: 0 },
    ]);
  });

  it('refuses negative and fractional offsets, other text, and an offset known only at run time', function () {
    expect(argumentsOf("f(-1, 1.5, '#', '# 1', '01', 'x', offset, `#${n}`);").map(readBitFieldOffset)).to.deep.equal(Array(8).fill(undefined));
  });
});
