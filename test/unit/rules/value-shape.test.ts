/**
 * The shape of an argument decides whether a lone value can be handed to GLIDE as is or must be wrapped, so a
 * wrong "string" would let GLIDE split a key into characters. These cases pin what the syntax proves and what it
 * does not.
 */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../../../src/engine/parse.js';
import { shapeOfValue, type ValueShape } from '../../../src/rules/support/value-shape.js';

/** The shape of the first argument of the file's `probe(...)` call. */
function shapeOfProbe(file: string, text: string): ValueShape {
  const parsed = parseSource(file, text);
  const call = parsed.root.find(parsed.j.CallExpression, { callee: { type: 'Identifier', name: 'probe' } }).paths()[0];
  return shapeOfValue(call.get('arguments', 0) as ASTPath);
}

describe('shapeOfValue', function () {
  it('reads literals, annotated names and const initialisers', function () {
    expect(shapeOfProbe('a.ts', "probe('k');")).to.equal('string');
    expect(shapeOfProbe('a.ts', 'probe(`k:${id}`);')).to.equal('string');
    expect(shapeOfProbe('a.ts', 'function f(key: string) { probe(key); }')).to.equal('string');
    expect(shapeOfProbe('a.js', "const keys = ['a', 'b']; probe(keys);")).to.equal('array');
    expect(shapeOfProbe('a.js', "let key = 'a'; probe(key);")).to.equal('unknown');
  });

  it('reads a const loop variable over an array written in place by the shape its elements share', function () {
    expect(shapeOfProbe('a.js', 'for (const now of [100, 101, 103]) probe(now);')).to.equal('number');
    expect(shapeOfProbe('a.js', "for (const name of ['ada', `b${1}`]) probe(name);")).to.equal('string');
    expect(shapeOfProbe('a.js', 'for (const pair of [[1, 2], [3]]) probe(pair);')).to.equal('array');
    expect(shapeOfProbe('a.js', "for (const mixed of [1, 'a']) probe(mixed);")).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'for (const each of [1, ...more]) probe(each);')).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'for (const each of items) probe(each);')).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'for (let each of [1, 2]) { each = done; probe(each); }')).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'for (const each in [1, 2]) probe(each);')).to.equal('unknown');
  });

  it("reads a member of a name typed with an interface or object type the module declares", function () {
    expect(shapeOfProbe('a.ts', 'interface Row { readonly qty: number; sku: string } function f(row: Row) { probe(row.qty); }')).to.equal('number');
    expect(shapeOfProbe('a.ts', 'export type Row = { sku: string }; const row: Row = load(); probe(row.sku);')).to.equal('string');
    expect(shapeOfProbe('a.ts', 'interface Row { qty?: number } function f(row: Row) { probe(row.qty); }')).to.equal('unknown');
    expect(shapeOfProbe('a.ts', 'interface Row extends Base { qty: number } function f(row: Row) { probe(row.qty); }')).to.equal('unknown');
    expect(shapeOfProbe('a.ts', 'interface Row<T> { qty: T } function f(row: Row<number>) { probe(row.qty); }')).to.equal('unknown');
    expect(shapeOfProbe('a.ts', 'interface Row { qty: number } function f(row: Row) { probe(row["qty"]); }')).to.equal('unknown');
    expect(shapeOfProbe('a.ts', 'function f(row: Imported) { probe(row.qty); }')).to.equal('unknown');
  });

  it('reads what local functions and this-methods return', function () {
    expect(shapeOfProbe('a.js', 'const keyOf = (id) => `user:${id}`; probe(keyOf(1));')).to.equal('string');
    expect(shapeOfProbe('a.js', 'function keyOf(id) { return `user:${id}`; } probe(keyOf(1));')).to.equal('string');
    expect(shapeOfProbe('a.ts', 'function keysOf(id: string): string[] { return lookup(id); } probe(keysOf("x"));')).to.equal('array');
    const method = 'class Store { key(id: string): string { return lookup(id); } run() { probe(this.key("x")); } }';
    expect(shapeOfProbe('a.ts', method)).to.equal('string');
  });

  it('does not guess through async functions, reassignable names or unknown calls', function () {
    expect(shapeOfProbe('a.js', 'const keyOf = async (id) => `user:${id}`; probe(keyOf(1));')).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'let keyOf = (id) => `user:${id}`; probe(keyOf(1));')).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'probe(lookup(1));')).to.equal('unknown');
    expect(shapeOfProbe('a.js', 'class S { run() { probe(this.other()); } }')).to.equal('unknown');
  });
});
