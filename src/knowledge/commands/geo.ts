/** Geospatial indexes. */
import type { CommandEntry } from './types.js';

export const GEO_COMMANDS: readonly CommandEntry[] = [
  {
    command: 'GEOADD', family: 'geo', glide: 'geoadd', ioredis: ['geoadd'], nodeRedis: ['geoAdd', 'GEOADD'], migration: { rule: 'geoadd-members' },
    differences: "Longitude-latitude-member triplets (ioredis) or { longitude, latitude, member } objects (node-redis) become GLIDE's Map of member to { longitude, latitude }; NX / XX / CH become { updateMode, changed }.",
  },
  {
    command: 'GEOHASH', family: 'geo', glide: 'geohash', ioredis: ['geohash'], nodeRedis: ['geoHash', 'GEOHASH'], migration: { rule: 'variadic-arguments-to-array', leading: 1 },
    differences: 'GLIDE takes the members as one array after the key; the same hashes, null for a missing member.',
  },
  {
    command: 'GEODIST', family: 'geo', glide: 'geodist', ioredis: ['geodist'], nodeRedis: ['geoDist', 'GEODIST'], migration: { rule: 'geodist-unit' },
    differences: "The unit becomes GLIDE's { unit: GeoUnit.* }; GLIDE answers a number (or null), as node-redis does, where ioredis answered the server's four-decimal text, written again with toFixed(4).",
  },
];
