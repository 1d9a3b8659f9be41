/**
 * GEODIST's unit (`'km'`, `'mi'`, `'ft'`, `'m'`, in any case) becomes GLIDE's `{ unit: GeoUnit.* }`. GLIDE answers
 * the distance as a number, or null when a member is missing, as node-redis does. ioredis answered the server's
 * text, which always has four decimals (`"166274.1516"`, `"0.0000"`): where its reply is read it is written again
 * with `toFixed(4)`, which gives that text back (the server's own `%.4f` of the same value). A unit computed at run
 * time is flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { inlineObject } from '../../ast/inline-object.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { geoUnitMember, readGeoUnit } from '../support/geo-unit.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

/** ioredis' text: the server writes a distance with four decimals. */
const AS_SERVER_TEXT: ReplyConversion = {
  singleUse: false,
  convert: (reply, { j }) => new CodeTemplate().node(reply).text(' === null ? null : ').node(reply).text('.toFixed(4)').toExpression(j),
};

function apply(call: ClientCall, context: RuleContext): void {
  const paths = argumentPaths(call.path);
  const unitPath = paths[3];
  const unit = unitPath ? readGeoUnit(unitPath.node) : undefined;
  if (!hasOnlyPositionalArguments(call) || paths.length < 3 || paths.length > 4 || (unitPath && !unit)) {
    context.flag(call.path, cannotMap(call, 'geodist'));
    return;
  }
  const members = paths.slice(0, 3).map((path) => asGlideString(context.j, path, context.typeScript));
  const options = unit ? [inlineObject(context.j, [['unit', geoUnitMember(context, unit)]])] : [];
  setMethod(call, context, 'geodist');
  setArguments(call, [...members, ...options]);
  if (call.binding.library === 'ioredis') context.convertReply(call, AS_SERVER_TEXT, { typeScript: 'string | null' });
  context.recordEdit(call.path.node, `${call.method}(key, a, b${unit ? ', unit' : ''}) → geodist(key, a, b${unit ? ', { unit }' : ''})`);
}

export const geodistUnit = defineCallRule({
  id: 'geodist-unit',
  phase: 'commands',
  summary: 'GEODIST’s unit becomes GLIDE’s GeoUnit; ioredis’ four-decimal text reply is written again from GLIDE’s number',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('geodist-unit'),
  apply,
});
