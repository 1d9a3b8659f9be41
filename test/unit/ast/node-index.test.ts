/**
 * The node index must answer exactly as `root.find(type)` does (same paths, same order, subtypes included), and
 * must never answer from the tree as it was once a rewrite has started changing it.
 */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { forEachNode, pathsAsParsed, pathsOf, pathsOfKinds, selectPathsOf, whileRewriting } from '../../../src/ast/node-index.js';
import type { NodeLike } from '../../../src/ast/node.js';
import { parseSource } from '../../../src/engine/parse.js';

const source = `
import Redis from 'ioredis';
const redis = new Redis();
function store(key: string) { return redis.get(key).then((value) => [key, value]); }
class Cache { read() { return store('a'); } }
export default new Cache();
`;

describe('pathsOf', function () {
  it('returns the paths root.find returns, in the same order, subtypes included', function () {
    const file = parseSource('a.ts', source);
    const { j } = file;
    for (const type of [j.CallExpression, j.NewExpression, j.Function, j.Literal, j.ImportDeclaration, j.Identifier]) {
      const expected = file.root.find(type as never).paths();
      const found = pathsOf(file, type as never);
      expect(found.length, String(type)).to.equal(expected.length);
      expect(found.every((path, index) => path === expected[index]), String(type)).to.equal(true);
    }
    expect(pathsOf(file, j.Function).map((path) => path.node.type)).to.deep.equal([
      'FunctionDeclaration',
      'ArrowFunctionExpression',
      'ClassMethod',
    ]);
  });

  it('walks the nodes find(Node) walks, for each parser: types, comments, regular expressions, JSX, templates', function () {
    const sources: [string, string][] = [
      ['a.ts', `${source}\n// a comment\ntype Reply<T> = T extends string ? [T] : never;\nconst pattern = /a+b/gi; const n = 10n;\nlet t = \`\${pattern.source}!\`;\nenum Mode { A = 1 }\n`],
      ['b.js', `/* header */\nconst { a, ...rest } = require('./x');\nlabel: for (const k of [1, 2]) { if (k) continue label; }\nmodule.exports = async function* () { yield /x/; };\n`],
      ['c.tsx', `export const View = ({ name }: { name: string }) => <div title={name}>{name ?? 'none'}</div>;\n`],
    ];
    for (const [name, text] of sources) {
      const file = parseSource(name, text);
      const expected = file.root.find(file.j.Node).paths();
      const found = pathsOf(file, file.j.Node);
      expect(found.map((path) => path.node.type), name).to.deep.equal(expected.map((path) => path.node.type));
      expect(found.every((path, index) => path === expected[index]), name).to.equal(true);
    }
  });

  it('sees the tree a rewrite is changing, and the rewritten tree afterwards', function () {
    const file = parseSource('a.ts', source);
    const { j } = file;
    expect(pathsOf(file, j.NewExpression)).to.have.length(2);
    whileRewriting(file, () => {
      const [construction] = pathsOf(file, j.NewExpression) as ASTPath[];
      construction.replace(j.identifier('replacement'));
      expect(pathsOf(file, j.NewExpression)).to.have.length(1);
      expect(pathsAsParsed(file, j.NewExpression), 'the tree as parsed').to.have.length(2);
    });
    expect(pathsOf(file, j.NewExpression)).to.have.length(1);
    expect(pathsOf(file, j.Identifier).some((path) => (path.node as { name?: string }).name === 'replacement')).to.equal(true);
  });

  it('selectPathsOf answers from the parsed tree while what it picks is in place, and walks once it is not', function () {
    const file = parseSource('a.ts', 'const a = f(x);\nconst b = g(x);\n');
    const { j } = file;
    const namedX = (path: ASTPath<{ name: string }>) => path.node.name === 'x';
    whileRewriting(file, () => {
      const [first, second] = pathsAsParsed(file, j.Identifier).filter((path) => path.node.name === 'x');
      const unmoved = selectPathsOf(file, j.Identifier, namedX as never);
      expect(unmoved[0]).to.equal(first);
      expect(unmoved[1]).to.equal(second);

      // f(x) becomes h([x]): the first x moves into an array, where only a walk finds it.
      const call = pathsOf(file, j.CallExpression)[0] as ASTPath;
      call.replace(j.callExpression(j.identifier('h'), [j.arrayExpression([(call.node as unknown as { arguments: never[] }).arguments[0]])]));
      const moved = selectPathsOf(file, j.Identifier, namedX as never) as ASTPath[];
      expect(moved).to.have.length(2);
      expect(moved[0]).to.not.equal(first);
      expect(moved[0].parent?.node.type).to.equal('ArrayExpression');
      expect(moved[1]).to.equal(second);
    });
  });
});

describe('pathsOfKinds', function () {
  it('returns the paths of exactly those kinds, in walk order, also while the tree is being rewritten', function () {
    const file = parseSource('a.ts', source);
    const kinds = new Set(['ReturnStatement', 'VariableDeclaration']);
    const expected = pathsOf(file, file.j.Node).filter((path) => kinds.has(path.node.type));
    expect(pathsOfKinds(file, kinds)).to.deep.equal(expected);
    expect(expected.map((path) => path.node.type)).to.deep.equal(['VariableDeclaration', 'ReturnStatement', 'ReturnStatement']);
    whileRewriting(file, () => {
      (pathsOf(file, file.j.ClassDeclaration)[0] as ASTPath).prune();
      expect(pathsOfKinds(file, kinds).map((path) => path.node.type)).to.deep.equal(['VariableDeclaration', 'ReturnStatement']);
    });
  });
});

describe('forEachNode', function () {
  it('meets the nodes pathsOf(Node) finds, in the same order, each with the nodes its path has above it', function () {
    for (const [name, text] of [['a.ts', source], ['b.js', "const { a } = require('./x');\nmodule.exports = [a, { b: a.c }];\n"]]) {
      const file = parseSource(name, text);
      const expected = pathsOf(file, file.j.Node).map((path) => [path.node, path.parent?.node, path.parent?.parent?.node]);
      const met: [NodeLike, NodeLike | undefined, NodeLike | undefined][] = [];
      forEachNode(file, (node, parent, grandparent) => met.push([node, parent, grandparent]));
      expect(met.length, name).to.equal(expected.length);
      met.forEach((entry, index) => {
        expect(entry[0], `${name} node ${index}`).to.equal(expected[index][0]);
        expect(entry[1], `${name} parent of ${entry[0].type}`).to.equal(expected[index][1]);
        expect(entry[2], `${name} grandparent of ${entry[0].type}`).to.equal(expected[index][2]);
      });
    }
  });
});
