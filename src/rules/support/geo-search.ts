/**
 * A GEOSEARCH / GEOSEARCHSTORE search as read from either source client, and GLIDE's arguments for it: the origin
 * `{ member }` or `{ position: { longitude, latitude } }`, the shape `{ radius, unit }` or `{ width, height, unit }`
 * with a `GeoUnit` member, and the options `{ sortOrder: SortOrder.*, count, isAny, storeDist }`. Reading comes
 * first and building second, so a call that is flagged imports nothing.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { inlineObject } from '../../ast/inline-object.js';
import { geoUnitMember } from './geo-unit.js';
import { glideEnumMember } from './glide-enum.js';

export interface GeoSearch {
  origin?: { readonly member: ExpressionKind } | { readonly longitude: ExpressionKind; readonly latitude: ExpressionKind };
  shape?: { readonly radius: ExpressionKind } | { readonly width: ExpressionKind; readonly height: ExpressionKind };
  /** The `GeoUnit` member's name. */
  unit?: string;
  sort?: 'ASC' | 'DESC';
  count?: ExpressionKind;
  any?: boolean;
  storeDist?: boolean;
  /** node-redis `geoSearchWith`'s fields, asked of GLIDE as withDist / withHash / withCoord. */
  fields?: ReadonlySet<'distance' | 'hash' | 'coordinates'>;
}

/** The search, complete: an origin and a shape with its unit. */
export type CompleteGeoSearch = GeoSearch & Required<Pick<GeoSearch, 'origin' | 'shape' | 'unit'>>;

export function isComplete(search: GeoSearch): search is CompleteGeoSearch {
  return search.origin !== undefined && search.shape !== undefined && search.unit !== undefined && (!search.any || search.count !== undefined);
}

/** GLIDE's `searchFrom, searchBy[, options]`. */
export function geoSearchArguments(context: RuleContext, search: CompleteGeoSearch): ExpressionKind[] {
  const { j } = context;
  const origin =
    'member' in search.origin
      ? inlineObject(j, [['member', search.origin.member]])
      : inlineObject(j, [['position', inlineObject(j, [['longitude', search.origin.longitude], ['latitude', search.origin.latitude]])]]);
  const sizes: [string, ExpressionKind][] = 'radius' in search.shape ? [['radius', search.shape.radius]] : [['width', search.shape.width], ['height', search.shape.height]];
  const shape = inlineObject(j, [...sizes, ['unit', geoUnitMember(context, search.unit)]]);
  const options: [string, ExpressionKind][] = [];
  if (search.sort) options.push(['sortOrder', glideEnumMember(context, 'SortOrder', search.sort)]);
  if (search.count) options.push(['count', search.count]);
  if (search.any) options.push(['isAny', j.booleanLiteral(true)]);
  if (search.storeDist) options.push(['storeDist', j.booleanLiteral(true)]);
  const withOptions = [['distance', 'withDist'], ['hash', 'withHash'], ['coordinates', 'withCoord']] as const;
  for (const [field, name] of withOptions) if (search.fields?.has(field)) options.push([name, j.booleanLiteral(true)]);
  return [origin, shape, ...(options.length > 0 ? [inlineObject(j, options)] : [])];
}
