/** node-redis keys not written out: known plain keys are passed on, anything that may hold { key, weight } is not. */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../../../../src/engine/parse.js';
import { pathsOf } from '../../../../src/ast/node-index.js';
import { holdsPlainKeys } from '../../../../src/rules/support/plain-keys.js';

/** Whether each argument of the file's call of g() holds plain keys. */
function plainArguments(file: string, source: string): boolean[] {
  const parsed = parseSource(file, source);
  const call = pathsOf(parsed, parsed.j.CallExpression).find((path) => (path.node.callee as { name?: string }).name === 'g') as ASTPath;
  const count = (call.node as unknown as { arguments: unknown[] }).arguments.length;
  return Array.from({ length: count }, (_, index) => holdsPlainKeys(call.get('arguments', index) as ASTPath));
}

describe('holdsPlainKeys', function () {
  it('knows a string, a number, a const array literal of strings and numbers, and string[] / Array<string> names', function () {
    const source = "const a = ['x', 1, `y`]; const s = 'k'; function f(b: string[], c: Array<string>) { g('k', 2, s, a, b, c); }";
    expect(plainArguments('a.ts', source)).to.deep.equal([true, true, true, true, true, true]);
  });

  it('does not know an array with an object or an undeclared name in it, a let, a parameter without a type, or any other expression', function () {
    const source = "const o = [{ key: 'k', weight: 1 }]; const n = [s]; let l = ['x']; function f(p) { g(o, n, l, p, keys(), p.keys); }";
    expect(plainArguments('a.js', source)).to.deep.equal([false, false, false, false, false, false]);
  });
});
