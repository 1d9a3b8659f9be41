/**
 * Reads a sorted-set range call (ZRANGE, ZREVRANGE, ZRANGEBYSCORE, ZREVRANGEBYSCORE, ZRANGESTORE) from the syntax, for both
 * source clients, as one description: the two ends as written, whether they are ranks or scores, REV, LIMIT and
 * WITHSCORES. ioredis takes the server's tokens after the ends, in any order and case
 * (`zrange(k, 0, -1, 'WITHSCORES')`, `zrangebyscore(k, '(1', '+inf', 'LIMIT', 0, 5)`); its ZREVRANGE and
 * ZREVRANGEBYSCORE are ZRANGE with REV, the first end being the highest, as on the wire. node-redis takes
 * `{ BY: 'SCORE', REV: true, LIMIT: { offset, count } }` and has `*WithScores` methods. What cannot be read from
 * the syntax (a token computed at run time, a spread, an options object of unknown shape, a lex range, LIMIT
 * without a score range, which the server rejects) is returned as the reason.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { argumentPaths } from './arguments.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from './object-literal-entries.js';
import { shapeOfValue } from './value-shape.js';

export interface RangeLimit {
  readonly offset: ASTPath;
  readonly count: ASTPath;
}

/** What the source method means by itself, before its tokens or options are read. */
export interface RangeMethod {
  readonly by: 'rank' | 'score';
  readonly reverse: boolean;
  readonly withScores: boolean;
  /** ioredis: the tokens the server accepts after the ends; node-redis: the options the method reads. */
  readonly options: readonly string[];
  /** ZRANGESTORE: a destination key comes before the source key, and the reply is the count stored. */
  readonly store?: true;
}

interface Modifiers {
  by: 'rank' | 'score';
  reverse: boolean;
  limit: RangeLimit | undefined;
  withScores: boolean;
}

export interface RangeArguments extends Readonly<Modifiers> {
  /** ZRANGESTORE's destination. */
  readonly destination?: ASTPath;
  readonly key: ASTPath;
  readonly start: ASTPath;
  readonly end: ASTPath;
}

function readIoredisTokens(method: RangeMethod, rest: readonly ASTPath[]): Modifiers | string {
  const modifiers: Modifiers = { by: method.by, reverse: method.reverse, limit: undefined, withScores: method.withScores };
  for (let index = 0; index < rest.length; index += 1) {
    const token = literalToken(rest[index].node);
    if (token === undefined) return 'an option token computed at run time';
    if (!method.options.includes(token)) return `the token ${token}`;
    if (token === 'BYSCORE') modifiers.by = 'score';
    if (token === 'REV') modifiers.reverse = true;
    if (token === 'WITHSCORES') modifiers.withScores = true;
    if (token === 'LIMIT') {
      const [offset, count] = rest.slice(index + 1, index + 3);
      if (!count) return 'LIMIT without an offset and a count';
      modifiers.limit = { offset, count };
      index += 2;
    }
  }
  return modifiers;
}

/** `{ offset, count }` written as an object literal with exactly those two properties. */
function readLimit(path: ASTPath): RangeLimit | undefined {
  const entries = objectLiteralEntries(path);
  const [offset, count] = [entries?.get('offset'), entries?.get('count')];
  return entries?.size === 2 && offset && count ? { offset, count } : undefined;
}

/** Applies one node-redis option to the modifiers; returns why it cannot be read, if so. */
function readOption(modifiers: Modifiers, name: string, value: ASTPath): string | undefined {
  const literal = literalValue(value.node);
  switch (name) {
    case 'BY':
      modifiers.by = 'score';
      return literal === 'SCORE' ? undefined : `BY: ${JSON.stringify(literal ?? 'computed at run time')}`;
    case 'REV':
      modifiers.reverse = literal === true;
      return typeof literal === 'boolean' ? undefined : 'REV computed at run time';
    default:
      modifiers.limit = readLimit(value);
      return modifiers.limit ? undefined : 'a LIMIT that is not an { offset, count } literal';
  }
}

function readNodeRedisOptions(method: RangeMethod, options: ASTPath | undefined): Modifiers | string {
  const entries = options ? objectLiteralEntries(options) : new Map<string, ASTPath>();
  if (!entries) return 'options in a shape not known from the syntax';
  const modifiers: Modifiers = { by: method.by, reverse: method.reverse, limit: undefined, withScores: method.withScores };
  for (const [name, value] of entries) {
    const problem = method.options.includes(name) ? readOption(modifiers, name, value) : `the option ${name}`;
    if (problem) return problem;
  }
  return modifiers;
}

/** The call's range, or why it cannot be read from the syntax. */
export function readRangeArguments(call: ClientCall, method: RangeMethod): RangeArguments | string {
  const paths = argumentPaths(call.path);
  const destination = method.store ? paths[0] : undefined;
  const [key, start, end, ...rest] = method.store ? paths.slice(1) : paths;
  const ioredis = call.binding.library === 'ioredis';
  if (paths.some((path) => path.node.type === 'SpreadElement' || shapeOfValue(path) === 'array')) return 'spread or array arguments';
  if (!end) return 'missing arguments';
  if (!ioredis && rest.length > 1) return 'more arguments than node-redis reads';
  const modifiers = ioredis ? readIoredisTokens(method, rest) : readNodeRedisOptions(method, rest[0]);
  if (typeof modifiers === 'string') return modifiers;
  if (modifiers.limit && modifiers.by !== 'score') return 'LIMIT on a range by rank (the server rejects it)';
  return { destination, key, start, end, ...modifiers };
}
