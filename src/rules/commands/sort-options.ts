/**
 * SORT, SORT_RO and SORT ... STORE take the same options in three spellings. ioredis takes the server's words
 * (`sort(k, 'BY', 'w_*', 'LIMIT', 0, 2, 'GET', '#', 'GET', 'n_*', 'DESC', 'ALPHA', 'STORE', 'dst')`), node-redis an
 * object (`sort(k, { BY, LIMIT: { offset, count }, GET, DIRECTION, ALPHA })`, `sortRo`, `sortStore(k, dst, ...)`),
 * GLIDE `SortOptions` (`{ byPattern, limit: { offset, count }, getPatterns, orderBy: SortOrder.DESC, isAlpha }`)
 * on `sort`, `sortReadOnly` and `sortStore(k, dst, ...)`. The replies are the same in all three (the elements, `null`
 * for a GET of a missing key; the stored count). ioredis' STORE word becomes `sortStore`; words the codemod cannot
 * read, STORE on SORT_RO (which the server refuses) and options not written out are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString, listOf } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { cannotMap } from '../support/cannot-map.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('sort-options');
const NODE_REDIS_OPTIONS = new Set(['BY', 'LIMIT', 'GET', 'DIRECTION', 'ALPHA']);

interface Read {
  readonly options: [string, ExpressionKind][];
  readonly destination?: ExpressionKind;
}

const isArray = (path: ASTPath) => (path.node as unknown as NodeLike).type === 'ArrayExpression';

function readIoredis(words: readonly ASTPath[], readOnly: boolean, context: RuleContext): Read | undefined {
  const { j, typeScript } = context;
  const found = new Map<string, ExpressionKind>();
  const getPatterns: ExpressionKind[] = [];
  let destination: ExpressionKind | undefined;
  for (let index = 0; index < words.length; index += 1) {
    const word = literalToken(words[index].node);
    const [next, after] = [words[index + 1], words[index + 2]];
    if (word === 'BY' && next && !found.has('byPattern') && !isArray(next)) {
      found.set('byPattern', asGlideString(j, next, typeScript));
      index += 1;
    } else if (word === 'LIMIT' && next && after && !found.has('limit') && !isArray(next) && !isArray(after)) {
      found.set('limit', inlineObject(j, [['offset', asGlideNumber(j, next, typeScript)], ['count', asGlideNumber(j, after, typeScript)]]));
      index += 2;
    } else if (word === 'GET' && next && !isArray(next)) {
      getPatterns.push(asGlideString(j, next, typeScript));
      index += 1;
    } else if ((word === 'ASC' || word === 'DESC') && !found.has('orderBy')) {
      found.set('orderBy', glideEnumMember(context, 'SortOrder', word));
    } else if (word === 'ALPHA' && !found.has('isAlpha')) {
      found.set('isAlpha', j.booleanLiteral(true));
    } else if (word === 'STORE' && next && !readOnly && !destination && !isArray(next)) {
      destination = asGlideString(j, next, typeScript);
      index += 1;
    } else {
      return undefined;
    }
  }
  if (getPatterns.length > 0) found.set('getPatterns', j.arrayExpression(getPatterns));
  const order = ['byPattern', 'limit', 'getPatterns', 'orderBy', 'isAlpha'];
  return { options: order.filter((name) => found.has(name)).map((name) => [name, found.get(name) as ExpressionKind]), destination };
}

function readNodeRedis(paths: readonly ASTPath[], context: RuleContext): Read | undefined {
  const { j, typeScript } = context;
  if (paths.length > 1) return undefined;
  if (paths.length === 0) return { options: [] };
  const entries = objectLiteralEntries(paths[0]);
  if (!entries || [...entries.keys()].some((name) => !NODE_REDIS_OPTIONS.has(name))) return undefined;
  const options: [string, ExpressionKind][] = [];
  const [by, limit, get, direction, alpha] = ['BY', 'LIMIT', 'GET', 'DIRECTION', 'ALPHA'].map((name) => entries.get(name));
  if (by) options.push(['byPattern', asGlideString(j, by, typeScript)]);
  // node-redis' { offset, count } is GLIDE's Limit as it is.
  if (limit) options.push(['limit', limit.node as unknown as ExpressionKind]);
  if (get) options.push(['getPatterns', listOf(j, [get], typeScript)]);
  if (direction) {
    const word = literalToken(direction.node);
    if (word !== 'ASC' && word !== 'DESC') return undefined;
    options.push(['orderBy', glideEnumMember(context, 'SortOrder', word)]);
  }
  // node-redis sends ALPHA when the value is truthy, as GLIDE does for isAlpha.
  if (alpha) options.push(['isAlpha', alpha.node as unknown as ExpressionKind]);
  return { options };
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const ioredis = call.binding.library === 'ioredis';
  const store = !ioredis && /^(sortStore|SORT_STORE)$/.test(call.method);
  const [key, ...rest] = argumentPaths(call.path);
  const nodeRedisDestination = store ? rest[0] : undefined;
  const nodeRedisOptions = store ? rest.slice(1) : rest;
  const valid = key && !isArray(key) && hasOnlyPositionalArguments(call) && (!store || (nodeRedisDestination && !isArray(nodeRedisDestination)));
  const readOnly = entry.glide === 'sortReadOnly';
  const read = valid ? (ioredis ? readIoredis(rest, readOnly, context) : readNodeRedis(nodeRedisOptions, context)) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, entry.glide, 'words or options'));
    return;
  }
  const { j, typeScript } = context;
  const destination = read.destination ?? (nodeRedisDestination && asGlideString(j, nodeRedisDestination, typeScript));
  const method = destination ? 'sortStore' : entry.glide;
  setMethod(call, context, method);
  setArguments(call, [asGlideString(j, key, typeScript), ...(destination ? [destination] : []), ...(read.options.length > 0 ? [inlineObject(j, read.options)] : [])]);
  // The source's declared reply (ioredis: `number | unknown[]` for SORT, `unknown` for SORT_RO; node-redis: strings).
  const replyType = ioredis ? (readOnly ? 'unknown' : 'number | unknown[]') : destination ? undefined : 'string[]';
  if (replyType) context.convertReply(call, undefined, { typeScript: replyType });
  context.recordEdit(call.path.node, `${call.method}(...) → ${method}(key${destination ? ', destination' : ''}${read.options.length > 0 ? ', { ... }' : ''})`);
}

export const sortOptions = defineCallRule({
  id: 'sort-options',
  phase: 'commands',
  summary: 'SORT / SORT_RO / SORT ... STORE words or options become GLIDE’s sort / sortReadOnly / sortStore with SortOptions',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('sort-options'),
  apply,
});
