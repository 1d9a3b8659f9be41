/**
 * `hgetall` answers an object in ioredis and node-redis 6 (`{ f1: 'v1' }`, `{}` for a missing key) and an array
 * of `{ field, value }` records in GLIDE, so every read of a field (`hash.name`, `JSON.stringify(hash)`) would
 * change. Where the reply is read the object is rebuilt. The two sources differ on a field named `__proto__`:
 * ioredis 6 defines it as an own property (`Object.fromEntries` does the same), node-redis 6 assigns it, which
 * drops it, so the node-redis rewrite filters it out. Both objects list integer-like fields first, as any
 * object does. In TypeScript the object is cast to `Record<string, string>`.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

/** `Object.fromEntries(reply<filter>.map(({ field, value }) => [field, value]))`. */
function objectFromRecords(filter: string): ReplyConversion {
  return {
    singleUse: true,
    convert: (reply, { j }) =>
      new CodeTemplate().text('Object.fromEntries(').node(reply).text(`${filter}.map(({ field, value }) => [field, value]))`).toExpression(j),
  };
}

/** ioredis keeps a `__proto__` field as an own property, as `Object.fromEntries` does. */
const IOREDIS_OBJECT = objectFromRecords('');

/** node-redis assigns each field, which drops a `__proto__` field. */
const NODE_REDIS_OBJECT = objectFromRecords(`.filter(({ field }) => field !== '__proto__')`);

function apply(call: ClientCall, context: RuleContext): void {
  if (call.path.node.arguments.length !== 1 || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, cannotMap(call, 'hgetall'));
    return;
  }
  setMethod(call, context, 'hgetall');
  setArguments(call, coercePositional(call, context, 's'));
  const conversion = call.binding.library === 'ioredis' ? IOREDIS_OBJECT : NODE_REDIS_OBJECT;
  context.convertReply(call, conversion, { typeScript: 'Record<string, string>' });
  context.recordEdit(call.path.node, `${call.method}() → hgetall(), its [{ field, value }] records read back as an object`);
}

export const hgetallReturnsObject = defineCallRule({
  id: 'hgetall-returns-object',
  phase: 'commands',
  summary: 'GLIDE’s hgetall answers [{ field, value }] records: the object the program read is rebuilt',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['hgetall'], 'node-redis': ['hGetAll'] },
  apply,
});
