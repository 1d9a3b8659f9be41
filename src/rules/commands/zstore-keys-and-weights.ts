/**
 * ZUNIONSTORE and ZINTERSTORE take the source keys, optional weights and an aggregation. ioredis takes the
 * server's words: `zunionstore(dest, 2, 'a', 'b', 'WEIGHTS', 1, 2, 'AGGREGATE', 'MAX')`; node-redis a key, an array
 * of keys or `{ key, weight }` objects, and `{ AGGREGATE: 'MAX' }`; GLIDE an array of keys or of `[key, weight]`
 * pairs and `{ aggregationType: 'MAX' }`. The reply, the size of the stored set, is the same. A key count or keys
 * not written out, weights that do not match the keys, and other options are flagged. The keys and options are
 * read by `support/zset-keys.ts`, shared with ZUNION / ZINTER / ZDIFF (`zcombine-with-scores`).
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { aggregationOptions, readZKeys } from '../support/zset-keys.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zstore-keys-and-weights');

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const [destination, ...rest] = argumentPaths(call.path);
  const read = destination && hasOnlyPositionalArguments(call) ? readZKeys(call.binding.library, rest, context, { glide: entry.glide, weights: true, withScores: false }) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, entry.glide, 'keys, weights or options'));
    return;
  }
  setMethod(call, context, entry.glide);
  setArguments(call, [asGlideString(context.j, destination, context.typeScript), read.keys, ...aggregationOptions(context, read)]);
  context.recordEdit(call.path.node, `${call.method}(destination, ...) → ${entry.glide}(destination, keys${read.aggregate ? ', { aggregationType }' : ''})`);
}

export const zstoreKeysAndWeights = defineCallRule({
  id: 'zstore-keys-and-weights',
  phase: 'commands',
  summary: 'ZUNIONSTORE / ZINTERSTORE keys, WEIGHTS and AGGREGATE become GLIDE’s key (or [key, weight]) array and aggregationType',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zstore-keys-and-weights'),
  apply,
});
