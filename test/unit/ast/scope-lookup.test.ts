/**
 * A name used inside `catch {` (no binding) is looked up through the scopes around the clause: ast-types' own
 * lookup from there throws `null does not match type Pattern`, which failed the analysis of the whole file.
 */
import { expect } from 'chai';
import type { ASTPath, Identifier } from 'jscodeshift';
import { parseSource } from '../../../src/engine/parse.js';
import { lookupScope } from '../../../src/ast/scope-lookup.js';

function usesOf(source: string, name: string): ASTPath<Identifier>[] {
  const file = parseSource('main.ts', source);
  return file.root.find(file.j.Identifier, { name }).paths().slice(1);
}

describe('lookupScope', function () {
  const source = "const redis = make();\nasync function f() {\n  try { await redis.get('k'); } catch { await redis.del('k'); }\n  try { g(); } catch (redis) { redis.message; }\n}\n";

  it('finds the binding from inside a catch clause without a parameter, where ast-types throws', function () {
    const [, insideCatch] = usesOf(source, 'redis');
    expect(() => insideCatch.scope.lookup('redis')).to.throw('does not match type Pattern');
    expect(lookupScope(insideCatch, 'redis')?.isGlobal).to.equal(true);
  });

  it('still finds a catch parameter that shadows the name', function () {
    const uses = usesOf(source, 'redis');
    const shadowed = uses[uses.length - 1];
    expect(lookupScope(shadowed, 'redis')?.node.type).to.equal('CatchClause');
  });

  it('finds the binding from a function inside a catch clause without a parameter, passing over the clause on the way up', function () {
    const nested = usesOf("const redis = make();\ntry { g(); } catch { const later = () => redis.get('k'); later(); }\n", 'redis')[0];
    expect(() => nested.scope.lookup('redis')).to.throw('does not match type Pattern');
    expect(lookupScope(nested, 'redis')?.isGlobal).to.equal(true);
  });
});
