/**
 * Putting unchanged subtrees back before printing must never change what is printed, except to spare code nobody
 * touched from recast's reprinting; parentheses a new context needs must still appear.
 */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import type { ParsedFile } from '../../../src/ast/parsed-file.js';
import { parseSource } from '../../../src/engine/parse.js';
import { shareUnchangedSubtrees } from '../../../src/engine/unchanged-subtrees.js';

const print = (file: ParsedFile) => file.root.toSource({ quote: 'single' });

function printedBothWays(source: string, edit: (file: ParsedFile) => void): { plain: string; shared: string; count: number } {
  const plainFile = parseSource('a.ts', source);
  edit(plainFile);
  const sharedFile = parseSource('a.ts', source);
  edit(sharedFile);
  const count = shareUnchangedSubtrees(sharedFile.root.get().node);
  return { plain: print(plainFile), shared: print(sharedFile), count };
}

const source = [
  "import Redis from 'ioredis';",
  '// A comment that stays.',
  'function   spaced ( a: number ,b: number ) { return a+b; }',
  "export default new Redis({ host: 'h', port: 1 });",
  'const total = spaced(1, 2);',
  '',
].join('\n');

describe('shareUnchangedSubtrees', function () {
  it('leaves an untouched file exactly as written', function () {
    const { shared, count } = printedBothWays(source, () => {});
    expect(shared).to.equal(source);
    expect(count).to.equal(1);
  });

  it('prints an edited file as recast alone does, the untouched statements as written', function () {
    const { plain, shared } = printedBothWays(source, (file) => {
      const statement = (file.root.get('program', 'body', 3) as ASTPath).node as { declarations: { init: unknown }[] };
      statement.declarations[0].init = file.j.numericLiteral(3);
    });
    expect(shared).to.equal(plain);
    expect(shared).to.contain('function   spaced ( a: number ,b: number ) { return a+b; }');
    expect(shared).to.contain('const total = 3;');
  });

  it('keeps the text of an unchanged child when its parent is printed anew (a comment added to the statement)', function () {
    const { shared } = printedBothWays(source, (file) => {
      const statement = (file.root.get('program', 'body', 2) as ASTPath).node as { comments?: unknown[] };
      statement.comments = [file.j.commentLine(' TODO', true, false)];
    });
    expect(shared).to.contain("// TODO\nexport default new Redis({ host: 'h', port: 1 });");
  });

  it('still parenthesises an unchanged expression moved under a parent that needs it', function () {
    const { plain, shared } = printedBothWays('const sum = a + b;\n', (file) => {
      const declarator = (file.root.get('program', 'body', 0) as ASTPath).node as { declarations: { init: unknown }[] };
      const init = declarator.declarations[0].init;
      declarator.declarations[0].init = file.j.binaryExpression('*', init as never, file.j.numericLiteral(2));
    });
    expect(shared).to.equal('const sum = (a + b) * 2;\n');
    expect(shared).to.equal(plain);
  });

  it('treats a field a rule added as a change', function () {
    const { plain, shared, count } = printedBothWays('let a = b;\nlet c = d;\n', (file) => {
      const declarator = (file.root.get('program', 'body', 0) as ASTPath).node as unknown as { declarations: { id: Record<string, unknown> }[] };
      declarator.declarations[0].id.optional = false;
    });
    expect(shared).to.equal(plain);
    expect(count).to.be.greaterThan(0);
  });
});
