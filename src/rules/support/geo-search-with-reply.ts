/**
 * node-redis' `geoSearchWith` answers `{ member, distance?, hash?, coordinates?: { longitude, latitude } }` objects
 * for the fields asked for; GLIDE's `geosearch` with `withDist` / `withHash` / `withCoord` answers
 * `[member, [distance?, hash?, [longitude, latitude]?]]`, the fields in the server's order (distance, hash,
 * coordinates) whatever order they were asked in. Both read the numbers from the same server text, so the objects
 * are rebuilt exactly, their properties in node-redis' order. GLIDE's types number the tuple's places as if every
 * field were asked for, so TypeScript reads the reply through a cast to the tuple the fields give.
 */
import { CodeTemplate } from '../../ast/code-template.js';
import type { ReplyConversion } from '../../engine/rewrite/rule.js';

export type GeoReplyField = 'distance' | 'hash' | 'coordinates';

/** node-redis' words, in the order the server answers them. */
export const GEO_REPLY_FIELDS: readonly (readonly [word: string, field: GeoReplyField])[] = [
  ['WITHDIST', 'distance'],
  ['WITHHASH', 'hash'],
  ['WITHCOORD', 'coordinates'],
];

export function geoSearchWithReply(fields: ReadonlySet<GeoReplyField>, typeScript: boolean): ReplyConversion {
  const asked = GEO_REPLY_FIELDS.map(([, field]) => field).filter((field) => fields.has(field));
  const pattern = asked.map((field) => (field === 'coordinates' ? '[longitude, latitude]' : field)).join(', ');
  const properties = asked.map((field) => (field === 'coordinates' ? 'coordinates: { longitude, latitude }' : field)).join(', ');
  const tuple = asked.map((field) => (field === 'coordinates' ? '[number, number]' : 'number')).join(', ');
  return {
    singleUse: true,
    convert: (reply, { j }) => {
      const template = new CodeTemplate();
      if (typeScript) template.text('(').node(reply).text(` as unknown as [string, [${tuple}]][])`);
      else template.node(reply);
      return template.text(`.map(([member, [${pattern}]]) => ({ member, ${properties} }))`).toExpression(j);
    },
  };
}
