/**
 * Where a GLIDE method answers inside a batch with another shape than called directly. A direct call converts
 * some replies in JavaScript after the server answered (`hgetall`'s `[{ field, value }]`, the `*WithScores`
 * `[{ element, score }]`, a cluster client's per-node answer); `exec` does not, so the same command queued in a
 * `Batch` answers the server's reply as GLIDE decodes it (`[{ key, value }]`). The exceptions are the replies a
 * batch turns into a `Set` itself, as the direct call does. Rules write their reply conversions for the direct
 * shape, so a command listed here as `other-shape` is not migrated inside a batch.
 *
 * The lists are GLIDE's: test/unit/knowledge/batch-replies.test.ts reads the installed client's JavaScript and fails
 * when a method converts its reply and is missing here, or when a `same` entry's batch method stops converting.
 */
export type BatchReplyShape =
  /** The batch answers the shape the direct call does (a `Set`, which the batch builds too). */
  | 'same'
  /** The batch answers the server's reply as decoded, not the direct call's shape. */
  | 'other-shape';

export const DIRECT_REPLY_CONVERSIONS: Readonly<Record<string, BatchReplyShape>> = {
  // BaseClient
  hgetall: 'other-shape',
  hscan: 'other-shape',
  smembers: 'same',
  sinter: 'same',
  sdiff: 'same',
  sunion: 'same',
  spopCount: 'same',
  xrange: 'other-shape',
  xrevrange: 'other-shape',
  zdiffWithScores: 'other-shape',
  zrangeWithScores: 'other-shape',
  zinterWithScores: 'other-shape',
  zunionWithScores: 'other-shape',
  zpopmin: 'other-shape',
  zpopmax: 'other-shape',
  xread: 'other-shape',
  xreadgroup: 'other-shape',
  xinfoConsumers: 'other-shape',
  xinfoGroups: 'other-shape',
  xclaim: 'other-shape',
  xautoclaim: 'other-shape',
  xinfoStream: 'other-shape',
  zmpop: 'other-shape',
  bzmpop: 'other-shape',
  zscan: 'other-shape',
  lcsIdx: 'other-shape',
  lmpop: 'other-shape',
  blmpop: 'other-shape',
  pubsubNumSub: 'other-shape',
  // GlideClient
  clientTrackingInfo: 'other-shape',
  configGet: 'other-shape',
  functionList: 'other-shape',
  functionStats: 'other-shape',
  latencyHistory: 'other-shape',
  latencyLatest: 'other-shape',
  memoryStats: 'other-shape',
};

/** The same for the methods a cluster client converts (to a reply per node, or one). */
export const CLUSTER_DIRECT_REPLY_CONVERSIONS: Readonly<Record<string, BatchReplyShape>> = {
  clientTrackingInfo: 'other-shape',
  configGet: 'other-shape',
  functionList: 'other-shape',
  functionStats: 'other-shape',
  latencyHistory: 'other-shape',
  latencyLatest: 'other-shape',
  memoryStats: 'other-shape',
  info: 'other-shape',
  clientGetName: 'other-shape',
  clientId: 'other-shape',
  echo: 'other-shape',
  time: 'other-shape',
  lolwut: 'other-shape',
  fcallWithRoute: 'other-shape',
  fcallReadonlyWithRoute: 'other-shape',
  functionDump: 'other-shape',
  pubsubShardNumSub: 'other-shape',
  lastsave: 'other-shape',
  bgsave: 'other-shape',
  bgsaveSchedule: 'other-shape',
  bgsaveCancel: 'other-shape',
  bgrewriteaof: 'other-shape',
  invokeScriptWithRoute: 'other-shape',
  memoryDoctor: 'other-shape',
  memoryMallocStats: 'other-shape',
};

/** A GLIDE method whose reply inside a batch is not the shape the direct call answers. */
export function answersOtherShapeInBatch(method: string, topology: 'standalone' | 'cluster'): boolean {
  const conversions = topology === 'cluster' ? { ...DIRECT_REPLY_CONVERSIONS, ...CLUSTER_DIRECT_REPLY_CONVERSIONS } : DIRECT_REPLY_CONVERSIONS;
  return Object.hasOwn(conversions, method) && conversions[method] === 'other-shape';
}
