import type { ReplyConversion } from '../../engine/rewrite/rule.js';
/**
 * The reply conversion for commands that answer a set: GLIDE gives a JavaScript `Set`, which `JSON.stringify`
 * prints as `{}` and which has no `length` or index access; ioredis and node-redis gave an array.
 * `Array.from(set)` restores the array, in the order the server sent (the order the source clients showed).
 */

export const SET_TO_ARRAY: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => j.callExpression(j.memberExpression(j.identifier('Array'), j.identifier('from')), [reply]),
};
