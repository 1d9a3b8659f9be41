/**
 * Commands that node-redis' `sendCommand([...])` and GLIDE's `customCommand([...])` answer alike whatever their
 * words, so that a raw call node-redis' own method cannot restate (its method takes options, not words:
 * `sendCommand(['SET', k, v, 'NX'])`) is sent with the same words. Checked against valkey-server with node-redis 6
 * and GLIDE 2.5.2 (.scratch probes, and the raw-commands fixture node-redis-words-sent-as-written-ts):
 * - SET with NX, XX, GET, EX: 'OK', null, or the old value;
 * - HSET: how many fields were added; HMSET: 'OK';
 * - ZADD with NX, XX, CH, INCR: a count, or the new score as a number (null where NX or XX stopped it).
 * Not EXPIRE and its kin, nor HSETNX: GLIDE's core answers them as booleans where node-redis gives 1 / 0.
 * Each command maps to the TypeScript type its reply is cast to (customCommand answers GlideReturnType).
 */
export const SAME_REPLY_THROUGH_CUSTOM_COMMAND: Readonly<Record<string, string>> = {
  SET: 'string | null',
  HSET: 'number',
  HMSET: 'string',
  ZADD: 'number | null',
};
