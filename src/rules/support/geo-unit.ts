/**
 * A distance unit the source passes as the server's word (`'km'`, `'mi'`, `'ft'`, `'m'`, in any case: the server
 * reads it case-insensitively) as GLIDE's `GeoUnit` member, for GEODIST, GEOSEARCH and GEOSEARCHSTORE. A unit
 * computed at run time is not read: the rule cannot know the member, and flags the call.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { glideEnumMember } from './glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';

const UNITS: Readonly<Record<string, string>> = { M: 'METERS', KM: 'KILOMETERS', MI: 'MILES', FT: 'FEET' };

/** The `GeoUnit` member's name for the unit written at `node`, or undefined. */
export function readGeoUnit(node: unknown): string | undefined {
  const token = literalToken(node);
  return token !== undefined && Object.hasOwn(UNITS, token) ? UNITS[token] : undefined;
}

/** `GeoUnit.KILOMETERS`, imported from `@valkey/valkey-glide`. */
export function geoUnitMember(context: RuleContext, member: string): ExpressionKind {
  return glideEnumMember(context, 'GeoUnit', member);
}
