/**
 * The replies ioredis reshapes in its own methods, after the server answered. ioredis 6 speaks RESP3, in which
 * the server answers [member, score] and [field, value] pairs as nested arrays; its methods flatten them (reply
 * transformers keyed by the lower-case name), and its `hgetall` turns the pairs into an object. Where the reply
 * does not pass through the method (`call('ZPOPMIN', 'z', 1)`, or a command sent inside `multi({ pipeline: false })`,
 * whose own promise answers 'QUEUED' and whose reply `exec()` gives as the server sent it) the pairs stay nested:
 * `[["a", "1"]]` where `zpopmin('z', 1)` answers `["a", "1"]` (both checked against a server).
 */

/** The methods whose reply has pairs when given this word. */
const PAIRED_REPLY_WORDS: Readonly<Record<string, string>> = {
  hrandfield: 'WITHVALUES', zrandmember: 'WITHSCORES', zrange: 'WITHSCORES', zrangebyscore: 'WITHSCORES', zrevrange: 'WITHSCORES', zrevrangebyscore: 'WITHSCORES', zdiff: 'WITHSCORES', zinter: 'WITHSCORES', zunion: 'WITHSCORES',
};

/** The methods whose reply has pairs when given a count. */
const PAIRED_WITH_A_COUNT = new Set(['zpopmin', 'zpopmax']);

/** The methods whose reply ioredis turns into an object. */
const MADE_OBJECTS = new Set(['hgetall', 'hgetallBuffer']);

/**
 * Whether ioredis' `method`, given these words after the command's name (upper case, undefined where computed at run
 * time), reshapes the server's reply: true or false, undefined when the words do not tell.
 */
export function ioredisReshapesReply(method: string, words: readonly (string | undefined)[]): boolean | undefined {
  if (MADE_OBJECTS.has(method)) return true;
  const base = method.replace(/Buffer$/, '');
  const word = PAIRED_REPLY_WORDS[base];
  if (word) return words.includes(word) ? true : words.includes(undefined) ? undefined : false;
  return PAIRED_WITH_A_COUNT.has(base) && words.length > 1;
}
