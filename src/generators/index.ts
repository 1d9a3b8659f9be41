/**
 * The generators, listed once: the CLI's `generate --list`, the library's `generate` and the tests read this
 * list. Adding a generator means adding its file and its line here.
 */
import { bitmapsGenerator } from './bitmaps.js';
import { cacheAsideGenerator } from './cache-aside.js';
import { clientGenerator } from './client.js';
import { clusterClientGenerator } from './cluster-client.js';
import type { Generator } from './define-generator.js';
import { distributedLockGenerator } from './distributed-lock.js';
import { fastifyPluginGenerator } from './fastify-plugin.js';
import { geoGenerator } from './geo.js';
import { hyperloglogGenerator } from './hyperloglog.js';
import { jsonGenerator } from './json.js';
import { leaderboardGenerator } from './leaderboard.js';
import { pipelineGenerator } from './pipeline.js';
import { pubsubGenerator } from './pubsub.js';
import { rateLimiterGenerator } from './rate-limiter.js';
import { reliableQueueGenerator } from './reliable-queue.js';
import { setsGenerator } from './sets.js';
import { streamQueueGenerator } from './stream-queue.js';
import { streamsGenerator } from './streams.js';
import { transactionGenerator } from './transaction.js';

export const GENERATORS: readonly Generator[] = [clientGenerator, clusterClientGenerator, distributedLockGenerator, rateLimiterGenerator, cacheAsideGenerator, transactionGenerator, pubsubGenerator, reliableQueueGenerator, leaderboardGenerator, geoGenerator, bitmapsGenerator, hyperloglogGenerator, setsGenerator, streamsGenerator, streamQueueGenerator, pipelineGenerator, jsonGenerator, fastifyPluginGenerator];

export function findGenerator(id: string): Generator | undefined {
  return GENERATORS.find((generator) => generator.id === id);
}
