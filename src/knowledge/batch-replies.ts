/**
 * Where a GLIDE method answers inside a batch with another shape than called directly. A direct call converts
 * some replies in JavaScript after the server answered (`hgetall`'s `[{ field, value }]`, the `*WithScores`
 * `[{ element, score }]`, a cluster client's per-node answer); `exec` does not, so the same command queued in a
 * `Batch` answers the server's reply as GLIDE decodes it (`[{ key, value }]`). The exceptions are the replies a
 * batch turns into a `Set` itself, as the direct call does, and the records whose fields the direct call only
 * renames (verified against valkey-server by the batch-results fixtures), which are renamed back. Rules write their
 * reply conversions for the direct shape, so a command listed here as `other-shape` is not migrated inside a batch.
 *
 * The lists are GLIDE's: test/unit/knowledge/batch-replies.test.ts reads the installed client's JavaScript and fails
 * when a method converts its reply and is missing here, or when a `same` entry's batch method stops converting.
 */
export type BatchReplyShape =
  /** The batch answers the shape the direct call does (a `Set`, which the batch builds too). */
  | 'same'
  /** The batch answers the server's reply as decoded, not the direct call's shape. */
  | 'other-shape'
  /**
   * The batch answers `[{ key, value }]` records where the direct call answers the same records with other field
   * names (`[{ field, value }]`, `[{ element, score }]`): renamed back, the slot is the direct call's reply.
   */
  | RenamedRecords;

export interface RenamedRecords {
  /** The direct call's names for the record's `key` and `value`. */
  readonly key: string;
  readonly value: string;
  /** What a value is with the default decoder: a string, or a number (a score). */
  readonly valueType: 'string' | 'number';
}

const FIELD_VALUE: RenamedRecords = { key: 'field', value: 'value', valueType: 'string' };
const ELEMENT_SCORE: RenamedRecords = { key: 'element', value: 'score', valueType: 'number' };

export const DIRECT_REPLY_CONVERSIONS: Readonly<Record<string, BatchReplyShape>> = {
  // BaseClient
  hgetall: FIELD_VALUE,
  hscan: 'other-shape',
  smembers: 'same',
  sinter: 'same',
  sdiff: 'same',
  sunion: 'same',
  spopCount: 'same',
  xrange: 'other-shape',
  xrevrange: 'other-shape',
  zdiffWithScores: ELEMENT_SCORE,
  zrangeWithScores: ELEMENT_SCORE,
  zinterWithScores: ELEMENT_SCORE,
  zunionWithScores: ELEMENT_SCORE,
  zpopmin: ELEMENT_SCORE,
  zpopmax: ELEMENT_SCORE,
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

/** How a GLIDE method's reply inside a batch compares with its direct call's (`same` for most). */
export function batchReplyShape(method: string, topology: 'standalone' | 'cluster'): BatchReplyShape {
  const conversions = topology === 'cluster' ? { ...DIRECT_REPLY_CONVERSIONS, ...CLUSTER_DIRECT_REPLY_CONVERSIONS } : DIRECT_REPLY_CONVERSIONS;
  return Object.hasOwn(conversions, method) ? conversions[method] : 'same';
}
