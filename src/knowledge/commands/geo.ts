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
  {
    command: 'GEOSEARCH', family: 'geo', glide: 'geosearch', ioredis: ['geosearch'], nodeRedis: ['geoSearch', 'GEOSEARCH', 'geoSearchWith', 'GEOSEARCH_WITH'], migration: { rule: 'geosearch-shape' },
    differences: "FROMMEMBER / FROMLONLAT, BYRADIUS / BYBOX and ASC / DESC / COUNT [ANY] (ioredis words, node-redis objects) become GLIDE's { member } or { position }, { radius | width, height, unit: GeoUnit.* } and { sortOrder, count, isAny }; the same member names. node-redis' geoSearchWith fields become { withDist, withHash, withCoord } and its { member, distance, hash, coordinates } objects are rebuilt from GLIDE's tuples. ioredis' WITHDIST / WITHHASH / WITHCOORD become the same options and its flat [member, distance, hash, [longitude, latitude]] again, the distance's four-decimal text written with toFixed(4) and the coordinates' text (the server's 17 decimals without trailing zeros) with toFixed(17), its trailing zeros removed.",
  },
  {
    command: 'GEOSEARCHSTORE', family: 'geo', glide: 'geosearchstore', ioredis: ['geosearchstore'], nodeRedis: ['geoSearchStore', 'GEOSEARCHSTORE'], migration: { rule: 'geosearch-shape' },
    differences: "The search as for GEOSEARCH, STOREDIST as { storeDist: true }; the same number of members stored.",
  },
  {
    command: 'GEOPOS', family: 'geo', glide: 'geopos', ioredis: ['geopos'], nodeRedis: ['geoPos', 'GEOPOS'], migration: { rule: 'geopos-coordinates' },
    differences: "GLIDE takes the members as one array and answers [longitude, latitude] numbers (null for a missing member): node-redis' { longitude, latitude } of the same numbers are rebuilt from them, and ioredis' text (the server's 17 decimals without trailing zeros) is written again with toFixed(17), its trailing zeros removed.",
  },
];
