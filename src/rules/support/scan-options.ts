/**
 * The options of a SCAN-family call as GLIDE's `{ match, count, type, noValues, noScores }`, read from ioredis'
 * words after the cursor (`'MATCH', 'user:*', 'COUNT', 100, 'TYPE', 'hash'`, `'NOVALUES'`) or node-redis' object
 * (`{ MATCH, COUNT, TYPE }`, and `cursor` for the iterators) or ioredis' scan stream options (`{ match, count,
 * type }`). A type is GLIDE's `ObjectType` member for the server's type name. Undefined when an option is not
 * known from the syntax: a word or name this command does not take, a word written twice, a type computed at run
 * time.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { asGlideNumber } from './as-glide-number.js';
import { asGlideString } from './arguments.js';
import { glideEnumMember } from './glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from './object-literal-entries.js';

/** What a command of the family takes besides MATCH and COUNT. */
export interface ScanCommandOptions {
  readonly type?: true;
  /** The one flag word it takes (HSCAN NOVALUES, ZSCAN NOSCORES), with GLIDE's option name. */
  readonly flag?: { readonly word: string; readonly option: 'noValues' | 'noScores' };
}

export type GlideScanOptions = readonly (readonly [name: string, value: ExpressionKind])[];

const OBJECT_TYPES: Readonly<Record<string, string>> = { STRING: 'STRING', LIST: 'LIST', SET: 'SET', ZSET: 'ZSET', HASH: 'HASH', STREAM: 'STREAM' };

function objectType(path: ASTPath, context: RuleContext): ExpressionKind | undefined {
  const member = OBJECT_TYPES[literalToken(path.node) ?? ''];
  return member ? glideEnumMember(context, 'ObjectType', member) : undefined;
}

function valueOption(name: string, value: ASTPath, takes: ScanCommandOptions, context: RuleContext): ExpressionKind | undefined {
  switch (name) {
    case 'match':
      return asGlideString(context.j, value, context.typeScript);
    case 'count':
      return asGlideNumber(context.j, value, context.typeScript);
    case 'type':
      return takes.type ? objectType(value, context) : undefined;
    default:
      return undefined;
  }
}

const IOREDIS_WORDS: Readonly<Record<string, string>> = { MATCH: 'match', COUNT: 'count', TYPE: 'type' };

export function ioredisScanOptions(words: readonly ASTPath[], takes: ScanCommandOptions, context: RuleContext): GlideScanOptions | undefined {
  const options = new Map<string, ExpressionKind>();
  for (let index = 0; index < words.length; index += 1) {
    const word = literalToken(words[index].node);
    const name = IOREDIS_WORDS[word ?? ''] ?? (takes.flag && word === takes.flag.word ? takes.flag.option : undefined);
    if (!name || options.has(name)) return undefined;
    if (name === takes.flag?.option) {
      options.set(name, context.j.booleanLiteral(true));
      continue;
    }
    const value = words[index + 1] && valueOption(name, words[index + 1], takes, context);
    if (!value) return undefined;
    options.set(name, value);
    index += 1;
  }
  return [...options];
}

const NODE_REDIS_NAMES: Readonly<Record<string, string>> = { MATCH: 'match', COUNT: 'count', TYPE: 'type' };

export interface NodeRedisScanOptions {
  readonly options: GlideScanOptions;
  /** An iterator's `cursor` option: where the scan starts. */
  readonly cursor?: ASTPath;
}

/** node-redis' options object (or none); `iterator` allows the iterators' `cursor`. */
export function nodeRedisScanOptions(path: ASTPath | undefined, takes: ScanCommandOptions, iterator: boolean, context: RuleContext): NodeRedisScanOptions | undefined {
  const entries = path ? objectLiteralEntries(path) : new Map<string, ASTPath>();
  if (!entries) return undefined;
  const options: [string, ExpressionKind][] = [];
  let cursor: ASTPath | undefined;
  for (const [property, value] of entries) {
    if (iterator && property === 'cursor') {
      cursor = value;
      continue;
    }
    const name = NODE_REDIS_NAMES[property];
    const converted = name && valueOption(name, value, takes, context);
    if (!name || !converted) return undefined;
    options.push([name, converted]);
  }
  return { options, cursor };
}

/**
 * ioredis' scan stream options (`scanStream({ match, type, count })`, `hscanStream(key, { noValues })`). ioredis
 * sends each word only for a truthy value, so a literal `count: 0` or `match: ''` is left out, and a count known
 * only at run time is given to GLIDE as `count || undefined` (GLIDE sends any count that is not undefined). A name
 * ioredis would pass on to the stream itself (`highWaterMark`) or a word the command does not take is unknown.
 */
export function ioredisStreamScanOptions(path: ASTPath | undefined, takes: ScanCommandOptions, context: RuleContext): GlideScanOptions | undefined {
  const entries = path ? objectLiteralEntries(path) : new Map<string, ASTPath>();
  if (!entries) return undefined;
  const options: [string, ExpressionKind][] = [];
  for (const [property, value] of entries) {
    const literal = literalValue(value.node);
    if (property === takes.flag?.option && property === 'noValues') {
      if (typeof literal !== 'boolean') return undefined;
      if (literal) options.push([property, context.j.booleanLiteral(true)]);
      continue;
    }
    if (!IOREDIS_STREAM_NAMES.has(property)) return undefined;
    if (literal !== undefined && !literal) continue;
    const converted = valueOption(property, value, takes, context);
    if (!converted) return undefined;
    const runTimeCount = property === 'count' && literal === undefined;
    options.push([property, runTimeCount ? context.j.logicalExpression('||', converted as never, context.j.identifier('undefined')) : converted]);
  }
  return options;
}

const IOREDIS_STREAM_NAMES: ReadonlySet<string> = new Set(['match', 'count', 'type']);
