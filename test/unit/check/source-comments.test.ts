/** Reading the codemod's comments: TODOs with their rule, suppressions with and without a reason; text that only mentions them is not one. */
import { expect } from 'chai';
import { suppressions, todoComments } from '../../../src/check/source-comments.js';

describe('check: the codemod comments in a file', function () {
  it('reads each TODO(glide-codemod) comment with its rule id, reason and place', function () {
    const lines = ['const a = 1;', '  // TODO(glide-codemod): raw-commands: no rule migrates XLEN yet; migrate it by hand', '/* TODO(glide-codemod): set-options: EX in a variable */'];
    expect(todoComments(lines)).to.deep.equal([
      { line: 2, column: 5, ruleId: 'raw-commands', reason: 'no rule migrates XLEN yet; migrate it by hand' },
      { line: 3, column: 3, ruleId: 'set-options', reason: 'EX in a variable' },
    ]);
  });

  it('does not take a string that mentions the marker for a comment', function () {
    expect(todoComments(["const text = 'TODO(glide-codemod): not a comment';"])).to.deep.equal([]);
    expect(suppressions(["log('glide-codemod-ignore x -- y');"])).to.deep.equal([]);
  });

  it('reads suppressions with their rule id and reason, an empty reason where none is given', function () {
    const lines = ['// glide-codemod-ignore client-blocked -- kept on ioredis for the session store', 'x(); // glide-codemod-ignore string-as-list'];
    expect(suppressions(lines)).to.deep.equal([
      { line: 1, column: 3, ruleId: 'client-blocked', reason: 'kept on ioredis for the session store' },
      { line: 2, column: 8, ruleId: 'string-as-list', reason: '' },
    ]);
  });
});
