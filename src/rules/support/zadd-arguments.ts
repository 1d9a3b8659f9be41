/**
 * Reads a ZADD call's options and members from the syntax, for both source clients. ioredis takes the server's
 * tokens (NX, XX, GT, LT, CH, INCR, in any case) and then score-member pairs, flattening array arguments one
 * level (`zadd(k, 'NX', 1, 'a')`, `zadd(k, [1, 'a', 2, 'b'])`). node-redis takes `{ value, score }` members, one
 * or an array, and `{ NX, XX, GT, LT, CH }` booleans or `{ condition, comparison, CH }`; its `zAddIncr` reads
 * only `condition`, `comparison` and `CH`. node-redis members that are not literals are read at run time; what
 * else cannot be read from the syntax is returned as the reason. A token among the ioredis pairs (`zadd(k, mode,
 * 'CH', 1, 'a')`) means a token before it was computed at run time, so the pairs are not where they seem: the
 * call is not read, even though a member could be named `CH`.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { argumentPaths } from './arguments.js';
import { literalToken } from './literal-token.js';
import { literalValue, type LiteralValue } from './literal-value.js';
import { objectLiteralEntries } from './object-literal-entries.js';
import { shapeOfValue } from './value-shape.js';

export interface ScoreAndMember {
  readonly score: ASTPath;
  readonly member: ASTPath;
}

export interface ZAddArguments {
  readonly key: ASTPath;
  /** The options as the server's tokens: NX, XX, GT, LT, CH, INCR. */
  readonly tokens: ReadonlySet<string>;
  /** The members in order, or a node-redis expression holding `{ value, score }` members known at run time. */
  readonly members: { readonly pairs: readonly ScoreAndMember[] } | { readonly atRunTime: ASTPath };
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

function readIoredis(key: ASTPath, rest: readonly ASTPath[]): ZAddArguments | string {
  const firstPair = rest.findIndex((path) => !TOKENS.has(literalToken(path.node) ?? ''));
  const items: ASTPath[] = [];
  if (firstPair < 0 || !rest.slice(firstPair).every((path) => flattenInto(path, items, 1))) return 'scores and members known only at run time';
  if (items.length % 2 !== 0) return 'an odd number of scores and members';
  const pairs = items.flatMap((score, index) => (index % 2 === 0 ? [{ score, member: items[index + 1] }] : []));
  if (items.some((path) => TOKENS.has(literalToken(path.node) ?? ''))) return 'an option token among the scores and members (a token computed at run time before it?)';
  return { key, tokens: new Set(rest.slice(0, firstPair).map((path) => literalToken(path.node) ?? '')), members: { pairs } };
}

/** The token a node-redis option stands for; null for a `false` flag, undefined for an option not understood. */
function nodeRedisToken(name: string, value: LiteralValue | undefined, incr: boolean): string | null | undefined {
  if (name === 'condition') return value === 'NX' || value === 'XX' ? value : undefined;
  if (name === 'comparison') return value === 'LT' || value === 'GT' ? value : undefined;
  if (!NODE_REDIS_FLAGS.has(name) || typeof value !== 'boolean' || (incr && name !== 'CH')) return undefined;
  return value ? name : null;
}

function readNodeRedis(call: ClientCall, key: ASTPath, [members, options, ...extra]: readonly ASTPath[]): ZAddArguments | string {
  const incr = call.method === 'zAddIncr';
  const entries = options ? objectLiteralEntries(options) : new Map<string, ASTPath>();
  if (!members || extra.length > 0 || !entries) return 'arguments or options in a shape not known from the syntax';
  const tokens = new Set(incr ? ['INCR'] : []);
  for (const [name, value] of entries) {
    const token = nodeRedisToken(name, literalValue(value.node), incr);
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
  return { key, tokens, members: known ? { pairs } : { atRunTime: members } };
}

/** The call's arguments, or why they cannot be read from the syntax. */
export function readZAddArguments(call: ClientCall): ZAddArguments | string {
  const [key, ...rest] = argumentPaths(call.path);
  if (!key || call.path.node.arguments.some((argument) => argument.type === 'SpreadElement')) return 'spread or missing arguments';
  return call.binding.library === 'ioredis' ? readIoredis(key, rest) : readNodeRedis(call, key, rest);
}
