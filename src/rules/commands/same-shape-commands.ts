/**
 * Commands whose arguments and replies are the same in GLIDE, up to the method's name (`incrby` → `incrBy`,
 * node-redis `hGet` → `hget`); the catalogue (`src/knowledge/commands/`) lists them. In TypeScript the reply is cast back to the source client's type, because
 * GLIDE types string replies as `string | Buffer` while the program was written for `string`.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('same-shape-commands');

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const { parameters, replyType } = entry.migration;
  if (!hasOnlyPositionalArguments(call) || call.path.node.arguments.length > parameters.length) {
    context.flag(call.path, `${call.method}() is called with arguments the codemod cannot map to GLIDE's ${entry.glide}(); migrate it by hand`);
    return;
  }
  setMethod(call, context, entry.glide);
  setArguments(call, coercePositional(call, context, parameters));
  const cast = context.convertReply(call, undefined, { typeScript: replyType });
  if (call.method !== entry.glide) context.recordEdit(call.path.node, `${call.method}() → ${entry.glide}()`);
  else if (cast) context.recordEdit(call.path.node, `${entry.glide}() reply cast to ${replyType}`);
}

export const sameShapeCommands = defineCallRule({
  id: 'same-shape-commands',
  phase: 'commands',
  summary: 'Commands with the same arguments and replies in GLIDE keep their call, under GLIDE’s method name',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('same-shape-commands'),
  apply,
});
