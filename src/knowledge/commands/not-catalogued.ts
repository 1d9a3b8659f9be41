/**
 * The GLIDE methods the catalogue has no entry for, each with the reason. The catalogue test fails on a GLIDE
 * method that is in neither, so a new GLIDE version's methods are looked at, not missed.
 */

import type { CommandFamily } from './types.js';

const INTERNAL = 'GLIDE internals: public in the declarations, not a command';
const CLIENT = 'the client itself (creation, closing, credentials, statistics): the connection and lifecycle rules, not a command';
const BATCHES = 'batches, transactions and WATCH: the issue "Batches, transactions, WATCH, Lua scripts and raw commands"';
const STREAMS = 'streams: a later issue';
const PUBSUB = 'pub/sub: a later issue (GLIDE subscribes through the client configuration or a dedicated client)';
const HASH_FIELD_EXPIRY = 'not migrated yet: hash field expiration needs Valkey 9.0, and a migration is proven against the valkey-server the tests install (8.0)';

export interface NotCatalogued {
  readonly reason: string;
  /** The family whose reference page lists it; none for what is not a command. */
  readonly family?: CommandFamily;
}

export const NOT_CATALOGUED: Readonly<Record<string, NotCatalogued>> = {
  processResponse: { reason: INTERNAL },
  processPush: { reason: INTERNAL },
  cancelPubSubFuturesWithExceptionSafe: { reason: INTERNAL },
  isPubsubConfigured: { reason: INTERNAL },
  getPubsubCallbackAndContext: { reason: INTERNAL },
  getPubSubMessage: { reason: INTERNAL },
  tryGetPubSubMessage: { reason: INTERNAL },
  notificationToPubSubMessageSafe: { reason: INTERNAL },
  completePubSubFuturesSafe: { reason: INTERNAL },
  createClient: { reason: CLIENT },
  close: { reason: CLIENT },
  refreshIamToken: { reason: CLIENT },
  getStatistics: { reason: CLIENT },
  getCacheHitRate: { reason: CLIENT },
  getCacheMissRate: { reason: CLIENT },
  getCacheEntryCount: { reason: CLIENT },
  getCacheEvictions: { reason: CLIENT },
  getCacheExpirations: { reason: CLIENT },
  getCacheTotalLookups: { reason: CLIENT },
  exec: { reason: BATCHES, family: 'transactions' },
  xrange: { reason: STREAMS, family: 'streams' },
  xrevrange: { reason: STREAMS, family: 'streams' },
  xadd: { reason: STREAMS, family: 'streams' },
  xdel: { reason: STREAMS, family: 'streams' },
  xtrim: { reason: STREAMS, family: 'streams' },
  xread: { reason: STREAMS, family: 'streams' },
  xreadgroup: { reason: STREAMS, family: 'streams' },
  xlen: { reason: STREAMS, family: 'streams' },
  xpending: { reason: STREAMS, family: 'streams' },
  xpendingWithOptions: { reason: STREAMS, family: 'streams' },
  xinfoConsumers: { reason: STREAMS, family: 'streams' },
  xinfoGroups: { reason: STREAMS, family: 'streams' },
  xclaim: { reason: STREAMS, family: 'streams' },
  xautoclaim: { reason: STREAMS, family: 'streams' },
  xautoclaimJustId: { reason: STREAMS, family: 'streams' },
  xclaimJustId: { reason: STREAMS, family: 'streams' },
  xgroupCreate: { reason: STREAMS, family: 'streams' },
  xgroupDestroy: { reason: STREAMS, family: 'streams' },
  xinfoStream: { reason: STREAMS, family: 'streams' },
  xgroupCreateConsumer: { reason: STREAMS, family: 'streams' },
  xgroupDelConsumer: { reason: STREAMS, family: 'streams' },
  xack: { reason: STREAMS, family: 'streams' },
  xgroupSetId: { reason: STREAMS, family: 'streams' },
  publish: { reason: PUBSUB, family: 'pubsub' },
  subscribeLazy: { reason: PUBSUB, family: 'pubsub' },
  subscribe: { reason: PUBSUB, family: 'pubsub' },
  psubscribeLazy: { reason: PUBSUB, family: 'pubsub' },
  psubscribe: { reason: PUBSUB, family: 'pubsub' },
  unsubscribeLazy: { reason: PUBSUB, family: 'pubsub' },
  unsubscribe: { reason: PUBSUB, family: 'pubsub' },
  punsubscribeLazy: { reason: PUBSUB, family: 'pubsub' },
  punsubscribe: { reason: PUBSUB, family: 'pubsub' },
  pubsubChannels: { reason: PUBSUB, family: 'pubsub' },
  pubsubNumPat: { reason: PUBSUB, family: 'pubsub' },
  pubsubNumSub: { reason: PUBSUB, family: 'pubsub' },
  getSubscriptions: { reason: PUBSUB, family: 'pubsub' },
  hsetex: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hgetex: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hexpire: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hpersist: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hpexpire: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hexpireat: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hpexpireat: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  httl: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hexpiretime: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hpexpiretime: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  hpttl: { reason: HASH_FIELD_EXPIRY, family: 'hashes' },
  latencyHistory: { reason: "LATENCY HISTORY is migrated as customCommand(['LATENCY', 'HISTORY', event]), which answers the server's [time, latency] pairs as ioredis' latency('HISTORY', event) and node-redis' latencyHistory do; GLIDE's latencyHistory answers LatencyEntry objects { time, latency } (checked live)", family: 'server' },
  latencyLatest: { reason: "LATENCY LATEST is migrated as customCommand(['LATENCY', 'LATEST']), which answers the server's [event, time, latest, max] lists as ioredis' latency('LATEST') and node-redis' latencyLatest do; GLIDE's latencyLatest answers LatencyEventInfo objects { eventName, latestTime, latestDuration, maxDuration } (checked live)", family: 'server' },
  bgsaveCancel: { reason: "not migrated: BGSAVE CANCEL needs Valkey 8.1 (the tests' valkey-server 8.0 answers a syntax error), and neither ioredis nor node-redis has a method for it", family: 'server' },
  failover: { reason: "not migrated: FAILOVER hands the primary's role to a replica, so its proof would turn the test server into a replica (without replicas all three clients are rejected alike); node-redis has no method for it", family: 'server' },
  replicaof: { reason: "not migrated: REPLICAOF host port makes the server a replica of another, which a proof against the test server would do to it (ioredis' replicaof(host, port) and node-redis' replicaOf(host, port) are left as written by replicaof-no-one)", family: 'server' },
  latencyReset: { reason: "LATENCY RESET is migrated as customCommand(['LATENCY', 'RESET']), with the other LATENCY subcommands: ioredis has one latency() method for them, which one rule migrates; the same count as GLIDE's latencyReset", family: 'server' },
  memoryDoctor: { reason: "MEMORY DOCTOR is migrated as customCommand(['MEMORY', 'DOCTOR']), with the other MEMORY subcommands: ioredis has one memory() method for them, which one rule migrates; the same text as GLIDE's memoryDoctor (checked live)", family: 'server' },
  memoryMallocStats: { reason: "MEMORY MALLOC-STATS is migrated as customCommand(['MEMORY', 'MALLOC-STATS']), with the other MEMORY subcommands: ioredis has one memory() method for them, which one rule migrates; the same text as GLIDE's memoryMallocStats (checked live)", family: 'server' },
  memoryPurge: { reason: "MEMORY PURGE is migrated as customCommand(['MEMORY', 'PURGE']), with the other MEMORY subcommands: ioredis has one memory() method for them, which one rule migrates; the same \"OK\" as GLIDE's memoryPurge (checked live)", family: 'server' },
  memoryStats: { reason: "MEMORY STATS is migrated as customCommand(['MEMORY', 'STATS']), its { key, value } records read back as ioredis' flat list and node-redis' object by the server's names; GLIDE's memoryStats answers a MemoryStats object of its own camelCase names (allocatorActive, db: { 0: { overheadHashtableMain } }, ...), which neither source client gave (checked live)", family: 'server' },
};
