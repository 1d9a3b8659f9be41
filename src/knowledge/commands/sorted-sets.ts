/** Sorted sets. */
import type { CommandEntry } from './types.js';

const COMBINED_KEYS = "The key count and keys (ioredis) or keys and { key, weight } objects (node-redis) become GLIDE's array of keys or [key, weight] pairs; AGGREGATE becomes { aggregationType }, and with weights or an aggregation the members come from the *WithScores method, as they are ordered by the combined scores.";
const COMBINED_SCORES = "WITHSCORES is GLIDE's *WithScores method, whose { element, score } entries are read back as ioredis' flat [member, score] strings or node-redis' { value, score } objects.";
const RANK_WITH_SCORE = "The rank alone is the same; WITHSCORE is GLIDE's *WithScore method, whose [rank, score] is read back as ioredis' [rank, score text] or node-redis' { rank, score }.";
const SCORE_AS_STRING = 'GLIDE answers scores as numbers where both source clients answer the strings Redis sent.';

export const SORTED_SET_COMMANDS: readonly CommandEntry[] = [
  { command: 'ZCARD', family: 'sorted-sets', glide: 'zcard', ioredis: ['zcard'], nodeRedis: ['zCard', 'ZCARD'], nodeRedisBuffers: 'client', migration: { rule: 'same-shape-commands', parameters: 's' } },
  {
    command: 'ZRANK', family: 'sorted-sets', glide: 'zrank', glideAlso: ['zrankWithScore'], ioredis: ['zrank'], nodeRedis: ['zRank', 'ZRANK', 'zRankWithScore', 'ZRANK_WITHSCORE'], migration: { rule: 'zrank-with-score' },
    differences: RANK_WITH_SCORE,
  },
  {
    command: 'ZREVRANK', family: 'sorted-sets', glide: 'zrevrank', glideAlso: ['zrevrankWithScore'], ioredis: ['zrevrank'], nodeRedis: ['zRevRank', 'ZREVRANK', 'zRevRankWithScore', 'ZREVRANK_WITHSCORE'], migration: { rule: 'zrank-with-score' },
    differences: RANK_WITH_SCORE,
  },
  { command: 'ZREMRANGEBYRANK', family: 'sorted-sets', glide: 'zremRangeByRank', ioredis: ['zremrangebyrank'], nodeRedis: ['zRemRangeByRank', 'ZREMRANGEBYRANK'], migration: { rule: 'same-shape-commands', parameters: 'snn' } },
  {
    command: 'ZREM', family: 'sorted-sets', glide: 'zrem', ioredis: ['zrem'], nodeRedis: ['zRem', 'ZREM'], migration: { rule: 'variadic-arguments-to-array', leading: 1 },
    differences: 'GLIDE takes the members as one array after the key.',
  },
  {
    command: 'ZADD', family: 'sorted-sets', glide: 'zadd', glideAlso: ['zaddIncr'], ioredis: ['zadd'], nodeRedis: ['zAdd', 'zAddIncr'], nodeRedisBuffers: 'client', migration: { rule: 'zadd-score-member-pairs' },
    differences: "Score-member varargs (ioredis) or { score, value } objects (node-redis) become GLIDE's [{ element, score }] entries; NX / XX / GT / LT / CH become options, and INCR is zaddIncr.",
  },
  { command: 'ZSCORE', family: 'sorted-sets', glide: 'zscore', ioredis: ['zscore'], nodeRedis: ['zScore'], nodeRedisBuffers: 'client', migration: { rule: 'score-reply-to-string' }, differences: SCORE_AS_STRING },
  { command: 'ZMSCORE', family: 'sorted-sets', glide: 'zmscore', ioredis: ['zmscore'], nodeRedis: ['zmScore'], migration: { rule: 'score-reply-to-string' }, differences: `GLIDE takes the members as one array. ${SCORE_AS_STRING}` },
  { command: 'ZINCRBY', family: 'sorted-sets', glide: 'zincrby', ioredis: ['zincrby'], nodeRedis: ['zIncrBy'], migration: { rule: 'score-reply-to-string' }, differences: SCORE_AS_STRING },
  {
    command: 'ZCOUNT', family: 'sorted-sets', glide: 'zcount', ioredis: ['zcount'], nodeRedis: ['zCount', 'ZCOUNT'], migration: { rule: 'zcount-bounds', bounds: 'score' },
    differences: "Numeric, '(' exclusive and ±inf bounds become GLIDE's Boundary objects and InfBoundary.",
  },
  {
    command: 'ZREMRANGEBYSCORE', family: 'sorted-sets', glide: 'zremRangeByScore', ioredis: ['zremrangebyscore'], nodeRedis: ['zRemRangeByScore', 'ZREMRANGEBYSCORE'], migration: { rule: 'zcount-bounds', bounds: 'score' },
    differences: "Numeric, '(' exclusive and ±inf bounds become GLIDE's Boundary objects and InfBoundary.",
  },
  {
    command: 'ZLEXCOUNT', family: 'sorted-sets', glide: 'zlexcount', ioredis: ['zlexcount'], nodeRedis: ['zLexCount', 'ZLEXCOUNT'], migration: { rule: 'zcount-bounds', bounds: 'lex' },
    differences: "'[a' / '(a' / '-' / '+' bounds become GLIDE's { value, isInclusive } objects and InfBoundary; the count is the same.",
  },
  {
    command: 'ZREMRANGEBYLEX', family: 'sorted-sets', glide: 'zremRangeByLex', ioredis: ['zremrangebylex'], nodeRedis: ['zRemRangeByLex', 'ZREMRANGEBYLEX'], migration: { rule: 'zcount-bounds', bounds: 'lex' },
    differences: "'[a' / '(a' / '-' / '+' bounds become GLIDE's { value, isInclusive } objects and InfBoundary; the count is the same.",
  },
  {
    command: 'ZRANGE', family: 'sorted-sets', glide: 'zrange', glideAlso: ['zrangeWithScores'], ioredis: ['zrange'], nodeRedis: ['zRange', 'zRangeWithScores'], migration: { rule: 'zrange-family' },
    differences: "Index, BYSCORE, REV and WITHSCORES forms become GLIDE's range query objects; zrangeWithScores answers { element, score } entries, read back as the source client's shape.",
  },
  { command: 'ZREVRANGE', family: 'sorted-sets', glide: 'zrange', glideAlso: ['zrangeWithScores'], ioredis: ['zrevrange'], nodeRedis: [], migration: { rule: 'zrange-family' }, differences: 'GLIDE has no ZREVRANGE: zrange with { reverse: true }.' },
  { command: 'ZRANGEBYSCORE', family: 'sorted-sets', glide: 'zrange', glideAlso: ['zrangeWithScores'], ioredis: ['zrangebyscore'], nodeRedis: ['zRangeByScore', 'zRangeByScoreWithScores'], migration: { rule: 'zrange-family' }, differences: "GLIDE has no ZRANGEBYSCORE: zrange with a score range query." },
  { command: 'ZREVRANGEBYSCORE', family: 'sorted-sets', glide: 'zrange', glideAlso: ['zrangeWithScores'], ioredis: ['zrevrangebyscore'], nodeRedis: [], migration: { rule: 'zrange-family' }, differences: 'GLIDE has no ZREVRANGEBYSCORE: zrange with a score range query and reverse.' },
  {
    command: 'ZRANGESTORE', family: 'sorted-sets', glide: 'zrangeStore', ioredis: ['zrangestore'], nodeRedis: ['zRangeStore', 'ZRANGESTORE'], migration: { rule: 'zrange-family' },
    differences: "The ends become GLIDE's range object as for ZRANGE (ranks as numbers, scores as Boundary objects, LIMIT as limit), REV its reverse argument; the count stored is the same reply.",
  },
  {
    command: 'ZRANGEBYLEX', family: 'sorted-sets', glide: 'zrange', ioredis: ['zrangebylex'], nodeRedis: ['zRangeByLex', 'ZRANGEBYLEX'], migration: { rule: 'zrange-by-lex' },
    differences: "GLIDE has no ZRANGEBYLEX: zrange with { type: 'byLex', start, end, limit }, the bounds as Boundary objects and InfBoundary.",
  },
  {
    command: 'ZREVRANGEBYLEX', family: 'sorted-sets', glide: 'zrange', ioredis: ['zrevrangebylex'], nodeRedis: [], migration: { rule: 'zrange-by-lex' },
    differences: "GLIDE has no ZREVRANGEBYLEX: zrange with a byLex range (the highest bound first) and { reverse: true }.",
  },
  {
    command: 'ZUNIONSTORE', family: 'sorted-sets', glide: 'zunionstore', ioredis: ['zunionstore'], nodeRedis: ['zUnionStore', 'ZUNIONSTORE'], migration: { rule: 'zstore-keys-and-weights' },
    differences: "The key count and keys (ioredis) or keys and { key, weight } objects (node-redis) become GLIDE's array of keys or [key, weight] pairs; AGGREGATE becomes { aggregationType }.",
  },
  {
    command: 'ZINTERSTORE', family: 'sorted-sets', glide: 'zinterstore', ioredis: ['zinterstore'], nodeRedis: ['zInterStore', 'ZINTERSTORE'], migration: { rule: 'zstore-keys-and-weights' },
    differences: "The key count and keys (ioredis) or keys and { key, weight } objects (node-redis) become GLIDE's array of keys or [key, weight] pairs; AGGREGATE becomes { aggregationType }.",
  },
  {
    command: 'ZUNION', family: 'sorted-sets', glide: 'zunion', glideAlso: ['zunionWithScores'], ioredis: ['zunion'], nodeRedis: ['zUnion', 'ZUNION', 'zUnionWithScores', 'ZUNION_WITHSCORES'], migration: { rule: 'zcombine-with-scores', weights: true },
    differences: `${COMBINED_KEYS} ${COMBINED_SCORES}`,
  },
  {
    command: 'ZINTER', family: 'sorted-sets', glide: 'zinter', glideAlso: ['zinterWithScores'], ioredis: ['zinter'], nodeRedis: ['zInter', 'ZINTER', 'zInterWithScores', 'ZINTER_WITHSCORES'], migration: { rule: 'zcombine-with-scores', weights: true },
    differences: `${COMBINED_KEYS} ${COMBINED_SCORES}`,
  },
  {
    command: 'ZDIFF', family: 'sorted-sets', glide: 'zdiff', glideAlso: ['zdiffWithScores'], ioredis: ['zdiff'], nodeRedis: ['zDiff', 'ZDIFF', 'zDiffWithScores', 'ZDIFF_WITHSCORES'], migration: { rule: 'zcombine-with-scores', weights: false },
    differences: `The key count and keys (ioredis) become GLIDE's array of keys. ${COMBINED_SCORES}`,
  },
  {
    command: 'ZDIFFSTORE', family: 'sorted-sets', glide: 'zdiffstore', ioredis: ['zdiffstore'], nodeRedis: ['zDiffStore', 'ZDIFFSTORE'], migration: { rule: 'key-count-to-array', leading: 1, limit: false },
    differences: "The key count and keys (ioredis) become GLIDE's array of keys after the destination.",
  },
  {
    command: 'ZINTERCARD', family: 'sorted-sets', glide: 'zintercard', ioredis: ['zintercard'], nodeRedis: ['zInterCard', 'ZINTERCARD'], migration: { rule: 'key-count-to-array', leading: 0, limit: true },
    differences: "The key count and keys (ioredis) become GLIDE's array of keys; LIMIT becomes { limit }.",
  },
  {
    command: 'ZRANDMEMBER', family: 'sorted-sets', glide: 'zrandmember', glideAlso: ['zrandmemberWithCount', 'zrandmemberWithCountWithScores'], ioredis: ['zrandmember'],
    nodeRedis: ['zRandMember', 'ZRANDMEMBER', 'zRandMemberCount', 'ZRANDMEMBER_COUNT', 'zRandMemberCountWithScores', 'ZRANDMEMBER_COUNT_WITHSCORES'], migration: { rule: 'zrandmember-count' },
    differences: "With a count GLIDE has zrandmemberWithCount, with WITHSCORES zrandmemberWithCountWithScores, whose [member, score] pairs are read back as ioredis' flat [member, score] strings or node-redis' { value, score } objects.",
  },
  {
    command: 'ZPOPMIN', family: 'sorted-sets', glide: 'zpopmin', ioredis: ['zpopmin'], nodeRedis: ['zPopMin', 'zPopMinCount'], migration: { rule: 'zpop-scores' },
    differences: "GLIDE answers { element, score } entries, read back as ioredis' flat [member, score] strings or node-redis' { value, score } objects.",
  },
  {
    command: 'ZPOPMAX', family: 'sorted-sets', glide: 'zpopmax', ioredis: ['zpopmax'], nodeRedis: ['zPopMax', 'zPopMaxCount'], migration: { rule: 'zpop-scores' },
    differences: "GLIDE answers { element, score } entries, read back as ioredis' flat [member, score] strings or node-redis' { value, score } objects.",
  },
  {
    command: 'ZSCAN', family: 'sorted-sets', glide: 'zscan', ioredis: ['zscan', 'zscanStream'], ioredisBuffer: ['zscanBuffer', 'zscanBufferStream'], nodeRedis: ['zScan', 'ZSCAN', 'zScanIterator'], migration: { rule: 'scan-cursors' },
    differences: "MATCH / COUNT / NOSCORES become GLIDE's { match, count, noScores }; GLIDE answers [cursor, [member, score text, ...]] as ioredis does, rebuilt as node-redis' { cursor, members: [{ value, score }] } with the scores as numbers; zScanIterator becomes a loop over zscan, ioredis' zscanStream Readable.from that loop (node:stream), and zscanBufferStream the same loop with { decoder: Decoder.Bytes }, whose members and scores (their text's bytes) are the same Buffers; zscanBuffer becomes zscan with { decoder: Decoder.Bytes }, whose string cursor becomes Buffer.from(cursor) (ioredis answered a Buffer).",
  },
  {
    command: 'BZPOPMIN', family: 'sorted-sets', glide: 'bzpopmin', ioredis: ['bzpopmin'], nodeRedis: ['bzPopMin', 'BZPOPMIN'], migration: { rule: 'blocking-sorted-set-pops' },
    differences: "GLIDE takes the keys as one array before the timeout and answers [key, member, score] with the score a number, read back as ioredis' score text or node-redis' { key, value, score }. The migrated client keeps the source's (absent) command timeout, so the block is not cut short.",
  },
  {
    command: 'BZPOPMAX', family: 'sorted-sets', glide: 'bzpopmax', ioredis: ['bzpopmax'], nodeRedis: ['bzPopMax', 'BZPOPMAX'], migration: { rule: 'blocking-sorted-set-pops' },
    differences: "GLIDE takes the keys as one array before the timeout and answers [key, member, score] with the score a number, read back as ioredis' score text or node-redis' { key, value, score }. The migrated client keeps the source's (absent) command timeout, so the block is not cut short.",
  },
  {
    command: 'ZMPOP', family: 'sorted-sets', glide: 'zmpop', ioredis: ['zmpop'], nodeRedis: ['zmPop', 'ZMPOP'], migration: { rule: 'zmpop-scores' },
    differences: "The key count and keys (ioredis) become GLIDE's array of keys, MIN / MAX ScoreFilter, COUNT { count }; GLIDE answers [key, [{ element, score }]], read back as ioredis' [key, [[member, score text]]] or node-redis' { key, members: [{ value, score }] }.",
  },
  {
    command: 'BZMPOP', family: 'sorted-sets', glide: 'bzmpop', ioredis: ['bzmpop'], nodeRedis: ['bzmPop', 'BZMPOP'], migration: { rule: 'zmpop-scores' },
    differences: "As ZMPOP, with the timeout in seconds moved from first to after the ScoreFilter; GLIDE's [key, [{ element, score }]] is read back as ioredis' [key, [[member, score text]]] or node-redis' { key, members: [{ value, score }] }. The migrated client keeps the source's (absent) command timeout, so the block is not cut short.",
  },
];
