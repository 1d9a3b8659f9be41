/**
 * Reads RESP2 replies out of the bytes a Valkey server sends. The keyspace snapshot and the flush talk to the server
 * over a plain socket rather than through ioredis or node-redis, which are not dependencies of this package (the
 * projects being verified bring their own, and the migrated side does not have them at all). RESP2 is enough for
 * the handful of commands verify sends, and a reply may arrive split across any number of chunks, so the parser
 * keeps what it has not yet consumed and yields complete replies only.
 */
import { RespServerError, type RespReply } from './resp-reply.js';
import { RespProtocolError } from './verify-errors.js';

const CRLF = Buffer.from('\r\n');

/** Parses at `offset`: the reply and where the next one starts, or undefined when more bytes are needed. */
function parseAt(buffer: Buffer, offset: number): { reply: RespReply; next: number } | undefined {
  if (offset >= buffer.length) return undefined;
  const lineEnd = buffer.indexOf(CRLF, offset);
  if (lineEnd < 0) return undefined;
  const marker = String.fromCharCode(buffer[offset]);
  const line = buffer.toString('utf8', offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (marker) {
    case '+':
      return { reply: line, next: afterLine };
    case '-':
      return { reply: new RespServerError(line), next: afterLine };
    case ':':
      return { reply: Number(line), next: afterLine };
    case '$': {
      const length = Number(line);
      if (length < 0) return { reply: null, next: afterLine };
      if (buffer.length < afterLine + length + 2) return undefined;
      return { reply: buffer.toString('utf8', afterLine, afterLine + length), next: afterLine + length + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { reply: null, next: afterLine };
      const items: RespReply[] = [];
      let next = afterLine;
      for (let index = 0; index < count; index += 1) {
        const item = parseAt(buffer, next);
        if (!item) return undefined;
        items.push(item.reply);
        next = item.next;
      }
      return { reply: items, next };
    }
    default:
      throw new RespProtocolError(`unexpected type marker ${JSON.stringify(marker)}`);
  }
}

export class RespReplyParser {
  private pending: Buffer = Buffer.alloc(0);

  /** Adds received bytes and returns every reply they complete, in order. */
  push(chunk: Buffer): RespReply[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const replies: RespReply[] = [];
    let offset = 0;
    for (let parsed = parseAt(this.pending, offset); parsed; parsed = parseAt(this.pending, offset)) {
      replies.push(parsed.reply);
      offset = parsed.next;
    }
    this.pending = this.pending.subarray(offset);
    return replies;
  }
}
