/** The parser is chosen by extension, and a syntax error names the file, line and column. */
import { expect } from 'chai';
import { ParseError } from '../../../src/engine/errors.js';
import { parseSource } from '../../../src/engine/parse.js';

describe('parseSource', function () {
  it('parses TypeScript angle-bracket casts in .ts files', function () {
    const parsed = parseSource('cast.ts', 'const n = <number>value;\n');
    expect(parsed.parser).to.equal('ts');
    expect(parsed.root.find(parsed.j.TSTypeAssertion).size()).to.equal(1);
  });

  it('parses JSX in .tsx and .jsx files', function () {
    expect(parseSource('view.tsx', 'export const v = <div>{x as string}</div>;\n').parser).to.equal('tsx');
    expect(parseSource('view.jsx', 'export const v = <div>{x}</div>;\n').parser).to.equal('babel');
  });

  it('reports a syntax error as a ParseError with file, line and column', function () {
    let caught: unknown;
    try {
      parseSource('src/broken.ts', 'const ok = 1;\nconst x = ;\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(ParseError);
    const error = caught as ParseError;
    expect([error.file, error.line, error.column]).to.deep.equal(['src/broken.ts', 2, 11]);
    expect(error.located).to.match(/^src\/broken\.ts:2:11: syntax error: /);
  });
});
