/**
 * DUMP's serialized payload is binary. GLIDE's `dump(key)` always answers it as a Buffer (null for a missing
 * key), whatever the client's decoder; so do ioredis' `dumpBuffer` and node-redis' `dump` on a client created
 * with BLOB_STRING mapped to Buffer (`commandOptions: { typeMapping }`), which become `dump(key)`. ioredis' `dump`
 * and node-redis' `dump` on any other client answer the payload decoded as text (not a valid RESTORE payload any
 * more), which a Buffer would not reproduce: they are flagged. In TypeScript the reply is cast to the source's
 * type: ioredis' `Buffer`, node-redis' `Buffer | null`.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { cannotMap } from '../support/cannot-map.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

function apply(call: ClientCall, context: RuleContext): void {
  if (!hasOnlyPositionalArguments(call) || call.path.node.arguments.length !== 1) {
    context.flag(call.path, cannotMap(call, 'dump'));
    return;
  }
  const { library, construction } = call.binding;
  if (library === 'node-redis' && !construction?.bufferReplies) {
    context.flag(
      call.path,
      "node-redis answers DUMP's payload as text unless the client is created with BLOB_STRING mapped to Buffer, and GLIDE's dump() answers a Buffer; left as it is",
    );
    return;
  }
  setMethod(call, context, 'dump');
  setArguments(call, coercePositional(call, context, 's'));
  // GLIDE's declarations name a Buffer of their own: cast to the program's, as each source typed it.
  context.convertReply(call, undefined, { typeScript: library === 'ioredis' ? 'Buffer' : 'Buffer | null' });
  if (call.method !== 'dump') context.recordEdit(call.path.node, `${call.method}() → dump()`);
  else context.recordEdit(call.path.node, 'dump() on a Buffer-mapped client → dump(), which answers a Buffer');
}

export const dumpPayload = defineCallRule({
  id: 'dump-payload',
  phase: 'commands',
  summary: 'ioredis `dumpBuffer` and node-redis `dump` on a Buffer-mapped client become GLIDE’s `dump`, which answers the payload as a Buffer',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('dump-payload'),
  apply,
});
