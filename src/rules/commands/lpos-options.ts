/**
 * LPOS options are keyword/value pairs in ioredis (`lpos(k, el, 'RANK', -1, 'COUNT', 2, 'MAXLEN', 10)`), an
 * options object plus a separate `lPosCount` method in node-redis (`lPosCount(k, el, 2, { RANK: -1, MAXLEN: 10 })`),
 * and one options object in GLIDE (`lpos(k, el, { rank: -1, count: 2, maxLength: 10 })`). The replies are the
 * same: an index or `null`, and with a count an array of indexes (`[]` for a missing list). Keywords or
 * option names not known from the syntax are flagged; node-redis silently ignores names it does not read.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

/** GLIDE's option names for ioredis' keywords and node-redis' option properties. */
const IOREDIS_KEYWORDS: Readonly<Record<string, string>> = { RANK: 'rank', COUNT: 'count', MAXLEN: 'maxLength' };
const NODE_REDIS_PROPERTIES: Readonly<Record<string, string>> = { RANK: 'rank', MAXLEN: 'maxLength' };

/** GLIDE option name → the source's value, in the source's order; undefined when not known from the syntax. */
type Options = Map<string, ASTPath>;

function ioredisOptions(pairs: readonly ASTPath[]): Options | undefined {
  const options: Options = new Map();
  if (pairs.length % 2 !== 0) return undefined;
  for (let index = 0; index < pairs.length; index += 2) {
    const name = IOREDIS_KEYWORDS[literalToken(pairs[index].node) ?? ''];
    if (!name || options.has(name)) return undefined;
    options.set(name, pairs[index + 1]);
  }
  return options;
}

function nodeRedisOptions(rest: readonly ASTPath[], counted: boolean): Options | undefined {
  const count = counted ? rest[0] : undefined;
  const objects = counted ? rest.slice(1) : rest;
  if ((counted && !count) || objects.length > 1) return undefined;
  const options: Options = new Map(count ? [['count', count]] : []);
  const properties = objects.length === 1 ? objectLiteralEntries(objects[0]) : new Map<string, ASTPath>();
  if (!properties) return undefined;
  for (const [property, value] of properties) {
    const name = NODE_REDIS_PROPERTIES[property];
    if (!name) return undefined;
    options.set(name, value);
  }
  return options;
}

function apply(call: ClientCall, context: RuleContext): void {
  const { j, typeScript } = context;
  const [key, element, ...rest] = argumentPaths(call.path);
  const ioredis = call.binding.library === 'ioredis';
  const options = ioredis ? ioredisOptions(rest) : nodeRedisOptions(rest, call.method === 'lPosCount');
  if (!options || !element || !hasOnlyPositionalArguments(call)) {
    context.flag(call.path, cannotMap(call, 'lpos', 'options'));
    return;
  }
  const entries = [...options].map(([name, value]) => [name, asGlideNumber(j, value, typeScript)] as const);
  const glideOptions = entries.length > 0 ? [inlineObject(j, entries)] : [];
  setArguments(call, [asGlideString(j, key, typeScript), asGlideString(j, element, typeScript), ...glideOptions]);
  setMethod(call, context, 'lpos');
  context.convertReply(call, undefined, { typeScript: options.has('count') ? 'number[]' : 'number | null' });
  context.recordEdit(call.path.node, `${call.method}(...) → lpos(key, element${entries.length > 0 ? ', { ... }' : ''})`);
}

export const lposOptions = defineCallRule({
  id: 'lpos-options',
  phase: 'commands',
  summary: 'LPOS keywords (ioredis) and options (node-redis lPos / lPosCount) become GLIDE’s lpos options object',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['lpos'], 'node-redis': ['lPos', 'lPosCount'] },
  apply,
});
