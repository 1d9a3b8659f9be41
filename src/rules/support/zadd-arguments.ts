/**
 * Reads a ZADD call's options and members from the syntax, for both source clients. ioredis takes the server's
 * tokens (NX, XX, GT, LT, CH, INCR, in any case) and then score-member pairs, flattening array arguments one
 * level (`zadd(k, 'NX', 1, 'a')`, `zadd(k, [1, 'a', 2, 'b'])`). node-redis takes `{ value, score }` members, one
 * or an array, and `{ NX, XX, GT, LT, CH }` booleans or `{ condition, comparison, CH }`; its `zAddIncr` reads
 * only `condition`, `comparison` and `CH`, and both ignore any other option name. node-redis members that are not literals are read at run time; what
 * else cannot be read from the syntax is returned as the reason. A token among the ioredis pairs (`zadd(k, mode,
 * 'CH', 1, 'a')`) means a token before it was computed at run time, so the pairs are not where they seem: the
 * call is not read, even though a member could be named `CH`. An ioredis spread of pairs made by `map`
 * (`zadd(k, ...players.map((p) => [p.score, p.name]))`) is read as one pair per item.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { argumentPaths } from './arguments.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue, type LiteralValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from './object-literal-entries.js';
import { isSideEffectFree } from './side-effect-free.js';
import { shapeOfValue } from './value-shape.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

export interface ScoreAndMember {
  readonly score: ASTPath;
  readonly member: ASTPath;
}

export interface ZAddArguments {
  readonly key: ASTPath;
  /** The options as the server's tokens: NX, XX, GT, LT, CH, INCR. */
  readonly tokens: ReadonlySet<string>;
  /**
   * The members in order; a node-redis expression holding `{ value, score }` members known at run time; or an
   * ioredis `list.map((item) => [score, member])` whose callback makes one pair per item.
   */
  readonly members:
    | { readonly pairs: readonly ScoreAndMember[] }
    | { readonly atRunTime: ASTPath }
    | { readonly mapped: { readonly call: ASTPath; readonly pair: ScoreAndMember } };
  /** node-redis option names it never read (`nx` for `NX`): the migrated call leaves them out too. */
  readonly ignored: readonly string[];
}

const TOKENS = new Set(['NX', 'XX', 'GT', 'LT', 'CH', 'INCR']);
const NODE_REDIS_FLAGS = new Set(['NX', 'XX', 'GT', 'LT', 'CH']);

/** Appends an argument's scores and members, flattening an array literal one level deep as ioredis does. */
function flattenInto(path: ASTPath, items: ASTPath[], depth: number): boolean {
  const node = path.node as unknown as { type: string; elements?: unknown[] } | null;
  if (!node || node.type === 'SpreadElement') return false;
  if (node.type !== 'ArrayExpression') return items.push(path) > 0 && shapeOfValue(path) !== 'array';
  return depth > 0 && (node.elements ?? []).every((_, index) => flattenInto(path.get('elements', index) as ASTPath, items, depth - 1));
}

/** `...list.map((item) => [score, member])`: the map call and the pair its callback returns. */
function readMappedPairs(spread: ASTPath): { call: ASTPath; pair: ScoreAndMember } | undefined {
  const call = spread.get('argument') as ASTPath;
  const node = nodeOf(call);
  const callee = node.callee as NodeLike | undefined;
  const property = callee?.property as NodeLike | undefined;
  const mapsAList = node.type === 'CallExpression' && callee?.type === 'MemberExpression' && !callee.computed && property?.name === 'map';
  const callback = (node.arguments as NodeLike[] | undefined) ?? [];
  if (!mapsAList || callback.length !== 1 || callback[0]?.type !== 'ArrowFunctionExpression') return undefined;
  const body = callback[0].body as NodeLike;
  const elements = (body.elements as (NodeLike | null)[] | undefined) ?? [];
  if (body.type !== 'ArrayExpression' || elements.length !== 2 || elements.some((element) => !element || element.type === 'SpreadElement')) return undefined;
  const pairPath = (index: number) => call.get('arguments', 0, 'body', 'elements', index) as ASTPath;
  return { call, pair: { score: pairPath(0), member: pairPath(1) } };
}

function readIoredis(key: ASTPath, rest: readonly ASTPath[]): ZAddArguments | string {
  const last = rest.at(-1);
  if (last?.node.type === 'SpreadElement') {
    const mapped = readMappedPairs(last);
    const leading = rest.slice(0, -1);
    if (!mapped || !leading.every((path) => TOKENS.has(literalToken(path.node) ?? ''))) return 'spread arguments not made by `map` into [score, member] pairs';
    return { key, tokens: new Set(leading.map((path) => literalToken(path.node) ?? '')), members: { mapped }, ignored: [] };
  }
  const firstPair = rest.findIndex((path) => !TOKENS.has(literalToken(path.node) ?? ''));
  const items: ASTPath[] = [];
  if (firstPair < 0 || !rest.slice(firstPair).every((path) => flattenInto(path, items, 1))) return 'scores and members known only at run time';
  if (items.length % 2 !== 0) return 'an odd number of scores and members';
  const pairs = items.flatMap((score, index) => (index % 2 === 0 ? [{ score, member: items[index + 1] }] : []));
  if (items.some((path) => TOKENS.has(literalToken(path.node) ?? ''))) return 'an option token among the scores and members (a token computed at run time before it?)';
  return { key, tokens: new Set(rest.slice(0, firstPair).map((path) => literalToken(path.node) ?? '')), members: { pairs }, ignored: [] };
}

/** Whether node-redis reads the option at all: it ignores any other name (`{ nx: true }` does nothing). */
function isReadByNodeRedis(name: string, incr: boolean): boolean {
  return name === 'condition' || name === 'comparison' || name === 'CH' || (!incr && NODE_REDIS_FLAGS.has(name));
}

/** The token a node-redis option it reads stands for; null for a `false` flag, undefined for a value not understood. */
function nodeRedisToken(name: string, value: LiteralValue | undefined): string | null | undefined {
  if (name === 'condition') return value === 'NX' || value === 'XX' ? value : undefined;
  if (name === 'comparison') return value === 'LT' || value === 'GT' ? value : undefined;
  if (typeof value !== 'boolean') return undefined;
  return value ? name : null;
}

function readNodeRedis(call: ClientCall, key: ASTPath, [members, options, ...extra]: readonly ASTPath[]): ZAddArguments | string {
  const incr = call.method === 'zAddIncr';
  const entries = options ? objectLiteralEntries(options) : new Map<string, ASTPath>();
  if (!members || extra.length > 0 || !entries) return 'arguments or options in a shape not known from the syntax';
  const tokens = new Set(incr ? ['INCR'] : []);
  const ignored: string[] = [];
  for (const [name, value] of entries) {
    if (!isReadByNodeRedis(name, incr)) {
      if (!isSideEffectFree(value.node)) return `the option ${name}, which node-redis ignores but whose value has side effects`;
      ignored.push(name);
      continue;
    }
    const token = nodeRedisToken(name, literalValue(value.node));
    if (token === undefined) return `the option ${name}`;
    if (token) tokens.add(token);
  }
  const node = members.node as unknown as { type: string; elements?: unknown[] };
  const literals = node.type === 'ArrayExpression' ? (node.elements ?? []).map((_, index) => members.get('elements', index) as ASTPath) : [members];
  const pairs = literals.map((path) => {
    const member = objectLiteralEntries(path);
    const [score, value] = [member?.get('score'), member?.get('value')];
    return member?.size === 2 && score && value ? { score, member: value } : undefined;
  });
  const known = pairs.every((pair): pair is ScoreAndMember => pair !== undefined);
  return { key, tokens, members: known ? { pairs } : { atRunTime: members }, ignored };
}

/** The call's arguments, or why they cannot be read from the syntax. */
export function readZAddArguments(call: ClientCall): ZAddArguments | string {
  const [key, ...rest] = argumentPaths(call.path);
  if (!key || key.node.type === 'SpreadElement') return 'spread or missing arguments';
  if (call.binding.library === 'ioredis') return readIoredis(key, rest);
  return rest.some((path) => path.node.type === 'SpreadElement') ? 'spread arguments' : readNodeRedis(call, key, rest);
}
