/**
 * In a tab-indented file, the leading spaces recast writes after tabs in lines it joined from template text
 * become tabs; the file's own lines, spaces included, stay as they were.
 */
import { expect } from 'chai';
import { tabsInWrittenLines } from '../../../src/engine/tab-indentation.js';

describe('tabsInWrittenLines', function () {
  it('turns the spaces after the tabs of a written line into tabs, one per tab width', function () {
    const original = 'function f() {\n\tconst a = {\n\t\tb: 1,\n\t};\n}\n';
    const printed = 'function f() {\n\tconst a = {\n\t    addresses: [],\n\t      odd: 1,\n\t};\n}\n';
    expect(tabsInWrittenLines(printed, original, '\n', 4)).to.equal('function f() {\n\tconst a = {\n\t\taddresses: [],\n\t\t  odd: 1,\n\t};\n}\n');
  });

  it('leaves the file\'s own lines as written, spaces and all, and keeps CRLF line ends', function () {
    const original = 'const s = `\r\n        kept`;\r\n';
    const printed = 'const s = `\r\n        kept`;\r\n\tconst x = 1;\r\n';
    expect(tabsInWrittenLines(printed, original, '\r\n', 4)).to.equal(printed);
  });
});
