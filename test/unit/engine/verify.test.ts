/**
 * The check on what the rules printed: the same grammar as the input (a TypeScript cast in a .ts file passes,
 * the same text in a .js file does not), and a failure names the file and the place.
 */
import { expect } from 'chai';
import { RewriteVerificationError } from '../../../src/engine/errors.js';
import { parseSource } from '../../../src/engine/parse.js';
import { verifyReparses } from '../../../src/engine/verify.js';

function failureOf(run: () => void): RewriteVerificationError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(RewriteVerificationError);
    return error as RewriteVerificationError;
  }
  throw new Error('expected the output to be refused');
}

describe('verifyReparses', function () {
  it('accepts output in the grammar of the input file', function () {
    expect(() => verifyReparses(parseSource('a.ts', 'const a = 1;\n'), 'const b = a as number;\n')).not.to.throw();
    expect(() => verifyReparses(parseSource('a.tsx', 'const a = 1;\n'), 'const v = <div>{a as number}</div>;\n')).not.to.throw();
  });

  it('refuses output that does not parse, naming the file, line and column', function () {
    const error = failureOf(() => verifyReparses(parseSource('src/a.ts', 'const a = 1;\n'), 'const a = 1;\nconst b = ;\n'));
    expect([error.file, error.line, error.column]).to.deep.equal(['src/a.ts', 2, 11]);
  });

  it('refuses TypeScript syntax printed into a JavaScript file', function () {
    const error = failureOf(() => verifyReparses(parseSource('a.js', 'const a = 1;\n'), 'const b = a as number;\n'));
    expect(error.line).to.equal(1);
  });

  it('refuses JSX printed into a .ts file, whose grammar has none (only .tsx takes it)', function () {
    const error = failureOf(() => verifyReparses(parseSource('a.ts', 'const a = 1;\n'), 'const v = <div>{a}</div>;\n'));
    expect(error.line).to.equal(1);
  });
});
