/**
 * The semicolon habit a file is printed in: read from the ends of its statements, where declarations with a body
 * (`export function f() {}`) end with `}` whatever the habit, and ASI guards (`;[1, 2]`) mark a file without them.
 */
import { expect } from 'chai';
import { detectPrintStyle } from '../../../src/engine/print.js';
import { parseSource } from '../../../src/engine/parse.js';

const semicolonsOf = (text: string) => detectPrintStyle(parseSource('a.ts', text)).semicolons;

describe('detectPrintStyle: semicolons', function () {
  it('takes a file of exported functions and a few semicolon-ended statements as written with semicolons', function () {
    const functions = Array.from({ length: 10 }, (_, index) => `export async function f${index}(): Promise<void> {\n  await g();\n}\n`).join('');
    expect(semicolonsOf(`import { g } from './g';\nconst a = 1;\n${functions}`)).to.equal(true);
  });

  it('takes a file whose statements end without them, guards aside, as written without', function () {
    const lines = Array.from({ length: 10 }, (_, index) => `const a${index} = ${index}`).join('\n');
    expect(semicolonsOf(`import { g } from './g'\n${lines}\n;[1, 2].forEach(g)\n`)).to.equal(false);
  });
});
