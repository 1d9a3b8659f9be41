/**
 * GETSET becomes GLIDE's `set(k, v, { returnOldValue: true })` (SET ... GET): GLIDE has no getset method. The
 * reply is the old value, or null when the key did not exist, as GETSET's; GLIDE types it as
 * `"OK" | GlideString | null`, so TypeScript gets the source's `string | null` back.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideSetOptions } from '../../glide/set-options.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  if (call.path.node.arguments.length !== 2 || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, `${call.method}() is called with arguments other than (key, value); migrate it to set(key, value, { returnOldValue: true }) by hand`);
    return;
  }
  const [key, value] = argumentPaths(call.path);
  setMethod(call, context, 'set');
  setArguments(call, [
    asGlideString(j, key, typeScript),
    asGlideString(j, value, typeScript),
    glideSetOptions(j, { returnOldValue: true }),
  ]);
  context.convertReply(call, undefined, { typeScript: 'string | null' });
  context.recordEdit(call.path.node, `${call.method}() → set(..., { returnOldValue: true })`);
}

export const getsetToSetReturnOld = defineCallRule({
  id: 'getset-to-set-return-old',
  phase: 'commands',
  summary: 'GETSET becomes set() with returnOldValue',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['getset'], 'node-redis': ['getSet'] },
  apply,
});
