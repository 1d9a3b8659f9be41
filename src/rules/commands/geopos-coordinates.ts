/**
 * GEOPOS: GLIDE's `geopos(key, members)` takes the members as one array, where ioredis took them as varargs (or an
 * array) and node-redis as one member or an array, and answers `[longitude, latitude]` numbers, or null for a
 * missing member. node-redis answered `{ longitude, latitude }` of the same numbers (checked live), rebuilt from
 * GLIDE's pair. ioredis answered the server's text (`["13.36138933897018433", "38.11555639549629859"]`), written
 * again from GLIDE's numbers by the module's coordinate-text function (support/coordinate-text.ts). A key spread
 * from an array, no member, or node-redis' spread or further arguments (which it ignored) are flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { coordinateTextFunction } from '../support/coordinate-text.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

/** Each position rebuilt as `rebuilt` (which reads `position`), null kept. */
function eachPosition(rebuilt: string): ReplyConversion {
  return {
    singleUse: true,
    convert: (reply, { j }) => new CodeTemplate().node(reply).text(`.map((position) => position === null ? null : ${rebuilt})`).toExpression(j),
  };
}

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const [key, ...members] = paths;
  const ioredis = call.binding.library === 'ioredis';
  // ioredis flattens its arguments, as GLIDE's array does after `.flat()`; node-redis reads one member or array.
  const readable = ioredis ? key?.node.type !== 'SpreadElement' : hasOnlyPositionalArguments(call) && members.length === 1;
  if (!readable || members.length === 0) {
    context.flag(call.path, cannotMap(call, 'geopos'));
    return;
  }
  setMethod(call, context, 'geopos');
  setArguments(call, [asGlideString(context.j, key, context.typeScript), listOf(context.j, members, context.typeScript)]);
  if (ioredis) {
    const text = coordinateTextFunction(context);
    context.convertReply(call, eachPosition(`[${text}(position[0]), ${text}(position[1])]`), { typeScript: '([string, string] | null)[]' });
  } else {
    context.convertReply(call, eachPosition('{ longitude: position[0], latitude: position[1] }'));
  }
  context.recordEdit(call.path.node, `${call.method}(key, ...members) → geopos(key, [...members]), positions rebuilt in the ${call.binding.library} shape`);
}

export const geoposCoordinates = defineCallRule({
  id: 'geopos-coordinates',
  phase: 'commands',
  summary: 'GEOPOS takes the members as one array; GLIDE’s [longitude, latitude] numbers are rebuilt as ioredis’ text or node-redis’ objects',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('geopos-coordinates'),
  apply,
});
