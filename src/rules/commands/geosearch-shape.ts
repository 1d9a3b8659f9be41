/**
 * GEOSEARCH and GEOSEARCHSTORE take an origin, a shape and options. ioredis takes the server's words
 * (`geosearch(k, 'FROMLONLAT', 15, 37, 'BYRADIUS', 200, 'km', 'ASC', 'COUNT', 2)`), node-redis a member or
 * `{ longitude, latitude }`, `{ radius, unit }` or `{ width, height, unit }` and `{ SORT, COUNT }`; GLIDE
 * `geosearch(k, { position: { longitude, latitude } }, { radius, unit: GeoUnit.KILOMETERS }, { sortOrder, count })`.
 * The replies, the members' names or the number of members stored, are the same in all three clients (GLIDE's
 * types declare the WITH* tuples, so TypeScript reads the names through a cast). With WITH* fields (ioredis'
 * words, node-redis' `geoSearchWith`) GLIDE's tuples are rebuilt in the source client's shape
 * (support/geo-search-with-reply.ts); ioredis' WITHCOORD coordinates, the server's text, are written again from
 * GLIDE's numbers by the module's coordinate-text function (support/coordinate-text.ts), as GEOPOS' are. Words,
 * units and counts not written as literals are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { nodeOf } from '../../ast/node.js';
import { defineCallRule, type ReplyConversion, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { coordinateTextFunction } from '../support/coordinate-text.js';
import { cannotMap } from '../support/cannot-map.js';
import { geoSearchArguments, isComplete, type GeoSearch } from '../support/geo-search.js';
import { readGeoUnit } from '../support/geo-unit.js';
import { GEO_REPLY_FIELDS, geoSearchWithReply, type GeoReplyField } from '../support/geo-search-with-reply.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { isNumberValued } from '../support/number-valued.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { shapeOfValue } from '../support/value-shape.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('geosearch-shape');
/** node-redis' GEOSEARCH with WITH* fields, answered as objects. */
const WITH_REPLY_METHODS: ReadonlySet<string> = new Set(['geoSearchWith', 'GEOSEARCH_WITH']);

/** GLIDE types geosearch's reply as the WITH* tuples; without them it is the members' names. */
const AS_NAMES: ReplyConversion = { singleUse: true, convert: (reply, { j }) => j.tsAsExpression(reply, j.tsUnknownKeyword()) };

/** A COUNT written as a positive whole number (the server refuses 0, where GLIDE would leave COUNT out). */
function positiveCount(path: ASTPath | undefined, context: RuleContext): ExpressionKind | undefined {
  const value = path ? literalValue(path.node) : undefined;
  const count = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(count) && count > 0 ? context.j.numericLiteral(count) : undefined;
}

type Read = GeoSearch | string;

/** ioredis: the server's words in any order, each once. */
function readIoredis(paths: readonly ASTPath[], store: boolean, context: RuleContext): Read {
  const { j, typeScript } = context;
  const search: GeoSearch = {};
  const number = (path: ASTPath) => asGlideNumber(j, path, typeScript);
  for (let index = 0; index < paths.length; ) {
    const word = literalToken(paths[index].node);
    const [a, b, c] = [paths[index + 1], paths[index + 2], paths[index + 3]];
    const field = GEO_REPLY_FIELDS.find(([name]) => name === word)?.[1];
    if (field && !store && !search.fields?.has(field)) {
      [search.fields, index] = [new Set([...(search.fields ?? []), field]), index + 1];
    } else if (word === 'FROMMEMBER' && a && !search.origin) {
      [search.origin, index] = [{ member: asGlideString(j, a, typeScript) }, index + 2];
    } else if (word === 'FROMLONLAT' && b && !search.origin) {
      [search.origin, index] = [{ longitude: number(a), latitude: number(b) }, index + 3];
    } else if (word === 'BYRADIUS' && b && !search.shape) {
      [search.shape, search.unit, index] = [{ radius: number(a) }, readGeoUnit(b.node), index + 3];
      if (!search.unit) return 'words or a unit';
    } else if (word === 'BYBOX' && c && !search.shape) {
      [search.shape, search.unit, index] = [{ width: number(a), height: number(b) }, readGeoUnit(c.node), index + 4];
      if (!search.unit) return 'words or a unit';
    } else if ((word === 'ASC' || word === 'DESC') && !search.sort) {
      [search.sort, index] = [word, index + 1];
    } else if (word === 'COUNT' && search.count === undefined) {
      search.count = positiveCount(a, context);
      if (!search.count) return 'a count';
      index += 2;
      if (paths[index] && literalToken(paths[index].node) === 'ANY') [search.any, index] = [true, index + 1];
    } else if (word === 'STOREDIST' && store && !search.storeDist) {
      [search.storeDist, index] = [true, index + 1];
    } else {
      return 'words';
    }
  }
  return search;
}

/** node-redis' `from`: a member (a string) or `{ longitude, latitude }` written out. */
function readOrigin(path: ASTPath, context: RuleContext): GeoSearch['origin'] {
  const entries = objectLiteralEntries(path);
  const [longitude, latitude] = ['longitude', 'latitude'].map((name) => entries?.get(name));
  if (entries) return entries.size === 2 && longitude && latitude ? { longitude: asGlideNumber(context.j, longitude, context.typeScript), latitude: asGlideNumber(context.j, latitude, context.typeScript) } : undefined;
  return typeof literalValue(path.node) === 'string' || shapeOfValue(path) === 'string' ? { member: path.node as unknown as ExpressionKind } : undefined;
}

/** node-redis' `by`: `{ radius, unit }` or `{ width, height, unit }` written out. */
function readShape(path: ASTPath, search: GeoSearch, context: RuleContext): boolean {
  const entries = objectLiteralEntries(path);
  const unit = entries?.get('unit');
  search.unit = unit ? readGeoUnit(unit.node) : undefined;
  if (!entries || !search.unit) return false;
  const number = (name: string) => asGlideNumber(context.j, entries.get(name) as ASTPath, context.typeScript);
  if (entries.size === 2 && entries.has('radius')) search.shape = { radius: number('radius') };
  else if (entries.size === 3 && entries.has('width') && entries.has('height')) search.shape = { width: number('width'), height: number('height') };
  return search.shape !== undefined;
}

/** node-redis' `{ SORT, COUNT, STOREDIST }`; COUNT a number, or `{ value, ANY }`. */
function readOptions(path: ASTPath | undefined, store: boolean, search: GeoSearch, context: RuleContext): boolean {
  if (!path) return true;
  const entries = objectLiteralEntries(path);
  if (!entries) return false;
  for (const [name, value] of entries) {
    const literal = literalValue(value.node);
    if (name === 'SORT' && (literalToken(value.node) === 'ASC' || literalToken(value.node) === 'DESC')) search.sort = literalToken(value.node) as 'ASC' | 'DESC';
    else if (name === 'STOREDIST' && store && typeof literal === 'boolean') search.storeDist = literal || undefined;
    else if (name === 'COUNT' && nodeOf(value).type !== 'ObjectExpression' && isNumberValued(value)) {
      // node-redis leaves out a COUNT of 0, as GLIDE does.
      search.count = value.node as unknown as ExpressionKind;
    } else if (name === 'COUNT') {
      const count = objectLiteralEntries(value);
      const any = count?.get('ANY');
      const anyValue = any ? literalValue(any.node) : false;
      search.count = positiveCount(count?.get('value'), context);
      if (!count || !search.count || typeof anyValue !== 'boolean' || count.size !== (any ? 2 : 1)) return false;
      search.any = anyValue || undefined;
    } else return false;
  }
  return true;
}

/**
 * `geoSearchWith`'s fields: an array literal of WITHDIST / WITHHASH / WITHCOORD, in upper case (node-redis reads its
 * reply by these exact words; with none it reads each member's first character).
 */
function readReplyWith(path: ASTPath | undefined): Set<GeoReplyField> | undefined {
  const node = path && nodeOf(path);
  if (!node || node.type !== 'ArrayExpression') return undefined;
  const words = (node.elements as unknown[]).map((element) => (element ? literalValue(element) : undefined));
  const fields = new Set<GeoReplyField>();
  for (const word of words) {
    const found = GEO_REPLY_FIELDS.find(([name]) => name === word);
    if (!found) return undefined;
    fields.add(found[1]);
  }
  return fields.size > 0 ? fields : undefined;
}

function readNodeRedis(paths: readonly ASTPath[], store: boolean, context: RuleContext, withReply: boolean): Read {
  const [from, by, ...tail] = paths;
  const fields = withReply ? readReplyWith(tail.shift()) : undefined;
  if (withReply && !fields) return 'reply fields';
  const [options, ...more] = tail;
  if (!from || !by || more.length > 0) return 'arguments';
  const search: GeoSearch = { origin: readOrigin(from, context) };
  if (!search.origin) return 'an origin';
  if (!readShape(by, search, context)) return 'a shape or a unit';
  search.fields = fields;
  return readOptions(options, store, search, context) ? search : 'options';
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const store = entry.command === 'GEOSEARCHSTORE';
  const paths = argumentPaths(call.path);
  const keys = paths.slice(0, store ? 2 : 1);
  const rest = paths.slice(keys.length);
  const withReply = call.binding.library === 'node-redis' && WITH_REPLY_METHODS.has(call.method);
  const read: Read = keys.length < (store ? 2 : 1) || !hasOnlyPositionalArguments(call) ? 'arguments' : call.binding.library === 'ioredis' ? readIoredis(rest, store, context) : readNodeRedis(rest, store, context, withReply);
  if (typeof read === 'string' || !isComplete(read)) {
    context.flag(call.path, cannotMap(call, entry.glide, typeof read === 'string' ? read : 'words'));
    return;
  }
  setMethod(call, context, entry.glide);
  setArguments(call, [...keys.map((key) => asGlideString(context.j, key, context.typeScript)), ...geoSearchArguments(context, read)]);
  if (read.fields) {
    const coordinateText = call.binding.library === 'ioredis' && read.fields.has('coordinates') ? coordinateTextFunction(context) : undefined;
    context.convertReply(call, geoSearchWithReply(read.fields, call.binding.library, context.typeScript, coordinateText));
  }
  else if (!store && context.typeScript) context.convertReply(call, AS_NAMES, { typeScript: 'string[]' });
  context.recordEdit(call.path.node, `${call.method}(${store ? 'destination, source' : 'key'}, ...) → ${entry.glide}(${store ? 'destination, source' : 'key'}, origin, shape, options)`);
}

export const geosearchShape = defineCallRule({
  id: 'geosearch-shape',
  phase: 'commands',
  summary: 'GEOSEARCH / GEOSEARCHSTORE origins, shapes and options become GLIDE’s { member } or { position }, GeoUnit shape and { sortOrder, count }',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('geosearch-shape'),
  apply,
});
