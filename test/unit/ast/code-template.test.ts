/**
 * A template's text is parsed once and copied for each use: every copy must print as a fresh parse of the same
 * text would (the template's layout, the holes' nodes in place), and no use may see another's nodes or changes.
 */
import { expect } from 'chai';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { parseSource } from '../../../src/engine/parse.js';
import { CodeTemplate } from '../../../src/ast/code-template.js';

const { j } = parseSource('a.ts', '');

function optionsObject(key: ExpressionKind, seconds: ExpressionKind): ExpressionKind {
  return new CodeTemplate().text('[{ key: ').node(key).text(', expiry: { type: "EX", count: ').node(seconds).text(' } }]').toExpression(j);
}

const print = (node: ExpressionKind) => j(j.expressionStatement(node)).toSource();

describe('CodeTemplate', function () {
  it("prints each use with the template's layout and that use's nodes", function () {
    const first = optionsObject(j.identifier('userKey'), j.numericLiteral(10));
    const second = optionsObject(j.memberExpression(j.identifier('session'), j.identifier('key')), j.identifier('ttl'));
    expect(print(first)).to.equal('[{ key: userKey, expiry: { type: "EX", count: 10 } }];');
    expect(print(second)).to.equal('[{ key: session.key, expiry: { type: "EX", count: ttl } }];');
  });

  it('hands out a tree of its own each time: changing one use leaves the next as written', function () {
    const first = optionsObject(j.identifier('a'), j.numericLiteral(1)) as unknown as { elements: { properties: unknown[] }[] };
    first.elements[0].properties.pop();
    first.elements.push({ type: 'Identifier', name: 'extra' } as never);
    const second = optionsObject(j.identifier('b'), j.numericLiteral(2));
    expect(print(second)).to.equal('[{ key: b, expiry: { type: "EX", count: 2 } }];');
  });

  it('puts the same node in as given, not a copy, so rules can still find it', function () {
    const key = j.identifier('userKey');
    const built = optionsObject(key, j.numericLiteral(10)) as unknown as { elements: { properties: { value: unknown }[] }[] };
    expect(built.elements[0].properties[0].value).to.equal(key);
  });
});
