/**
 * The values a RESP2 reply can hold, and the two ways a reply can fail: an error the server sent, or bytes that
 * are not RESP2.
 */

/** One RESP2 reply: bulk strings are decoded as UTF-8 (null for a nil bulk or array), errors are kept as values. */
export type RespReply = string | number | null | RespServerError | readonly RespReply[];

/** An error reply (`-ERR ...`): a value the caller decides about, not an exception thrown while parsing. */
export class RespServerError {
  constructor(readonly message: string) {}
}

/** The bytes are not RESP2: a defect on the other side, or not a Valkey server at all. */
export class RespProtocolError extends Error {
  constructor(reason: string) {
    super(`the server's reply is not RESP2: ${reason}`);
    this.name = 'RespProtocolError';
  }
}
