/** The RESP2 reader: every reply type, replies split across chunks at any byte, several replies in one chunk. */
import { expect } from 'chai';
import { encodeCommand } from '../../../src/verify/encode-command.js';
import { RespReplyParser } from '../../../src/verify/resp-reply-parser.js';
import { RespServerError } from '../../../src/verify/resp-reply.js';
import { RespProtocolError } from '../../../src/verify/verify-errors.js';

const REPLIES = Buffer.from('+OK\r\n:42\r\n$6\r\nhé!\r\n\r\n$-1\r\n*-1\r\n*2\r\n*1\r\n$1\r\na\r\n:-3\r\n-ERR wrong type\r\n$0\r\n\r\n');
const EXPECTED = ['OK', 42, 'hé!\r\n', null, null, [['a'], -3], new RespServerError('ERR wrong type'), ''];

describe('verify: RESP2 reply parser', function () {
  it('reads every reply type from one chunk, in order', function () {
    expect(new RespReplyParser().push(REPLIES)).to.deep.equal(EXPECTED);
  });

  it('reads the same replies whatever byte the chunks are split at', function () {
    for (let split = 1; split < REPLIES.length; split += 1) {
      const parser = new RespReplyParser();
      const replies = [...parser.push(REPLIES.subarray(0, split)), ...parser.push(REPLIES.subarray(split))];
      expect(replies, `split at ${split}`).to.deep.equal(EXPECTED);
    }
  });

  it('reads replies arriving one byte at a time (a multi-byte character split in two)', function () {
    const parser = new RespReplyParser();
    const replies = [...REPLIES].flatMap((byte) => parser.push(Buffer.from([byte])));
    expect(replies).to.deep.equal(EXPECTED);
  });

  it('refuses bytes that are not RESP2', function () {
    expect(() => new RespReplyParser().push(Buffer.from('HTTP/1.1 400\r\n'))).to.throw(RespProtocolError, 'unexpected type marker "H"');
  });

  it('encodes a command as an array of bulk strings, lengths in bytes', function () {
    expect(encodeCommand(['SET', 'clé', '']).toString()).to.equal('*3\r\n$3\r\nSET\r\n$4\r\nclé\r\n$0\r\n\r\n');
  });
});
