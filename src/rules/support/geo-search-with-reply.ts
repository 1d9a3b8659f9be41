/**
 * GEOSEARCH's WITH* replies as the source client gave them, rebuilt from GLIDE's
 * `[member, [distance?, hash?, [longitude, latitude]?]]` tuples (the fields in the server's order: distance, hash,
 * coordinates, whatever order they were asked in).
 * - node-redis' `geoSearchWith` answered `{ member, distance?, hash?, coordinates?: { longitude, latitude } }`;
 *   both clients read the numbers from the same server text, so the objects are rebuilt exactly, their
 *   properties in node-redis' order.
 * - ioredis answered the server's flat `[member, distance, hash, [longitude, latitude]]`, the distance as the
 *   server's text, which always has four decimals (`"0.0000"`, as GEODIST's): `toFixed(4)` writes it again from
 *   GLIDE's number. The coordinates were the server's text too, written again by the module's coordinate-text
 *   function (support/coordinate-text.ts), named by `coordinateText`.
 * GLIDE's types number the tuple's places as if every field were asked for, so TypeScript reads the reply through a
 * cast to the tuple the fields give.
 */
import { CodeTemplate } from '../../ast/code-template.js';
import type { ReplyConversion } from '../../engine/rewrite/rule.js';
import type { SourceLibrary } from '../../engine/analyse/types.js';

export type GeoReplyField = 'distance' | 'hash' | 'coordinates';

/** The server's words, in the order it answers the fields. */
export const GEO_REPLY_FIELDS: readonly (readonly [word: string, field: GeoReplyField])[] = [
  ['WITHDIST', 'distance'],
  ['WITHHASH', 'hash'],
  ['WITHCOORD', 'coordinates'],
];

export function geoSearchWithReply(fields: ReadonlySet<GeoReplyField>, library: SourceLibrary, typeScript: boolean, coordinateText?: string): ReplyConversion {
  const asked = GEO_REPLY_FIELDS.map(([, field]) => field).filter((field) => fields.has(field));
  const pattern = asked.map((field) => (field === 'coordinates' ? '[longitude, latitude]' : field)).join(', ');
  const properties = asked.map((field) => (field === 'coordinates' ? 'coordinates: { longitude, latitude }' : field)).join(', ');
  const ioredisText: Record<GeoReplyField, string> = {
    distance: 'distance.toFixed(4)',
    hash: 'hash',
    coordinates: `[${coordinateText}(longitude), ${coordinateText}(latitude)]`,
  };
  const elements = asked.map((field) => ioredisText[field]).join(', ');
  const rebuilt = library === 'ioredis' ? `[member, ${elements}]` : `({ member, ${properties} })`;
  const tuple = asked.map((field) => (field === 'coordinates' ? '[number, number]' : 'number')).join(', ');
  return {
    singleUse: true,
    convert: (reply, { j }) => {
      const template = new CodeTemplate();
      if (typeScript) template.text('(').node(reply).text(` as unknown as [string, [${tuple}]][])`);
      else template.node(reply);
      return template.text(`.map(([member, [${pattern}]]) => ${rebuilt})`).toExpression(j);
    },
  };
}
