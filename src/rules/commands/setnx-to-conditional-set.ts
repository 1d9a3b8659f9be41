/**
 * SETNX becomes GLIDE's `set(k, v, { conditionalSet: 'onlyIfDoesNotExist' })`: GLIDE has no setnx method.
 * The replies differ: SETNX answers 1 when it set the key and 0 when the key existed (ioredis and node-redis 5/6
 * return those integers), SET NX answers "OK" or null. Where the program reads the reply it is turned back into
 * 1 or 0.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideSetOptions } from '../../glide/set-options.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

/** `reply === 'OK' ? 1 : 0` */
const OK_TO_INTEGER: ReplyConversion = {
  convert: (reply: ExpressionKind, context: RuleContext) => {
    const { j } = context;
    return j.conditionalExpression(j.binaryExpression('===', reply, j.stringLiteral('OK')), j.numericLiteral(1), j.numericLiteral(0));
  },
  singleUse: true,
};

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  if (call.path.node.arguments.length !== 2 || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, `${call.method}() is called with arguments other than (key, value); migrate it to set(key, value, { conditionalSet: 'onlyIfDoesNotExist' }) by hand`);
    return;
  }
  const [key, value] = argumentPaths(call.path);
  setMethod(call, context, 'set');
  setArguments(call, [
    asGlideString(j, key, typeScript),
    asGlideString(j, value, typeScript),
    glideSetOptions(j, { conditionalSet: 'onlyIfDoesNotExist' }),
  ]);
  context.convertReply(call, OK_TO_INTEGER);
  context.recordEdit(call.path.node, `${call.method}() → set(..., { conditionalSet: 'onlyIfDoesNotExist' }), reply "OK"/null → 1/0`);
}

export const setnxToConditionalSet = defineCallRule({
  id: 'setnx-to-conditional-set',
  phase: 'commands',
  summary: 'SETNX becomes set() with conditionalSet; the "OK"/null reply is turned back into 1/0',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['setnx'], 'node-redis': ['setNX'] },
  apply,
});
