/** Lexicographic bounds: the four forms the server reads become GLIDE's Boundary; anything else is refused with why. */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../../../../src/engine/parse.js';
import { pathsOf } from '../../../../src/ast/node-index.js';
import { readLexBound } from '../../../../src/rules/support/lex-boundary.js';

function boundsOf(source: string) {
  const file = parseSource('a.js', source);
  const [call] = pathsOf(file, file.j.CallExpression);
  const count = (call.node as unknown as { arguments: unknown[] }).arguments.length;
  return Array.from({ length: count }, (_, index) => readLexBound(call.get('arguments', index) as ASTPath));
}

describe('readLexBound', function () {
  it('reads -, +, [a, (a and a bound built from [ or ( and a value', function () {
    const bounds = boundsOf("f('-', '+', '[a', '(b', '[' + x, `(${y}`);");
    expect(bounds.every((bound: unknown) => typeof bound === 'object')).to.equal(true);
  });

  it('refuses a literal the server would refuse, and a bound known only at run time', function () {
    expect(boundsOf("f('a', bound);")).to.deep.equal([
      "the bound 'a', which the server refuses (a lexicographic bound starts with '[' or '(', or is '-' or '+')",
      "a bound known only at run time, where GLIDE must know whether it is '-', '+', '[...' or '(...'",
    ]);
  });
});
