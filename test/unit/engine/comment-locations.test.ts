/**
 * A statement built from template text that is handed comments parsed from the file (the header above the require
 * it replaces) prints with the comments as written, where recast's printer used to throw reading lines of the
 * template that do not exist. The file also gains a statement, so that recast lays out the whole statement list.
 */
import { expect } from 'chai';
import type { ASTPath } from 'jscodeshift';
import { parseSource } from '../../../src/engine/parse.js';
import { detectPrintStyle, printFile } from '../../../src/engine/print.js';

function replaceAndInsert(source: string, index: number): string {
  const file = parseSource('a.cjs', source);
  const { j } = file;
  const style = detectPrintStyle(file);
  const replaced = file.root.get('program', 'body', index) as ASTPath;
  const statement = j.template.statement(["const { b } = require('b');"]);
  (statement as { comments?: unknown }).comments = (replaced.node as { comments?: unknown }).comments;
  replaced.replace(statement);
  (file.root.get('program', 'body') as ASTPath).insertAt(index + 1, j.expressionStatement(j.callExpression(j.identifier('start'), [])));
  return printFile(file, style);
}

describe('reconcileCommentLocations (through printFile)', function () {
  it('keeps a block-comment header of several lines, and the blank line under it, above a templated statement', function () {
    const source = "/*\n * Copyright\n * Licensed\n */\n\nconst a = require('a');\nconsole.log(a);\n";
    expect(replaceAndInsert(source, 0)).to.equal("/*\n * Copyright\n * Licensed\n */\n\nconst { b } = require('b');\nstart();\nconsole.log(a);\n");
  });

  it('keeps line comments below a directive, without adding a blank line', function () {
    const source = "'use strict';\n// one\n// two\nconst a = require('a');\nconsole.log(a);\n";
    expect(replaceAndInsert(source, 1)).to.equal("'use strict';\n// one\n// two\nconst { b } = require('b');\nstart();\nconsole.log(a);\n");
  });
});
