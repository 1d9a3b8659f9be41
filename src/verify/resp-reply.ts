/**
 * The values a RESP2 reply can hold. An error the server sent is one of them (the caller decides what it means);
 * bytes that are not RESP2 are a RespProtocolError (verify-errors.ts).
 */

/** One RESP2 reply: bulk strings are decoded as UTF-8 (null for a nil bulk or array), errors are kept as values. */
export type RespReply = string | number | null | RespServerError | readonly RespReply[];

/** An error reply (`-ERR ...`): a value the caller decides about, not an exception thrown while parsing. */
export class RespServerError {
  constructor(readonly message: string) {}
}

