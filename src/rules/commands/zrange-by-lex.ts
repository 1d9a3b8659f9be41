/**
 * ZRANGEBYLEX and ZREVRANGEBYLEX become GLIDE's `zrange(key, { type: 'byLex', start, end, limit })`, with
 * `{ reverse: true }` for the REV form (whose first bound stays the highest, as on the wire). The bounds are
 * lexicographic (`'[a'`, `'(a'`, `'-'`, `'+'`: `support/lex-boundary.ts`); ioredis' `'LIMIT', offset, count` and
 * node-redis' `{ LIMIT: { offset, count } }` become `limit: { offset, count }`. The reply, the members in order, is
 * the same (in TypeScript cast back to `string[]`). Bounds known only at run time and other options are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { readLexBound, type LexBound } from '../support/lex-boundary.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

const COMMANDS = entriesMigratedBy('zrange-by-lex');

interface Limit {
  readonly offset: ExpressionKind;
  readonly count: ExpressionKind;
}

/** ioredis `'LIMIT', offset, count` after the bounds; null when there is none, undefined when unreadable. */
function ioredisLimit(rest: readonly ASTPath[], context: RuleContext): Limit | null | undefined {
  if (rest.length === 0) return null;
  if (rest.length !== 3 || literalToken(rest[0].node) !== 'LIMIT') return undefined;
  return { offset: asGlideNumber(context.j, rest[1], context.typeScript), count: asGlideNumber(context.j, rest[2], context.typeScript) };
}

/** node-redis `{ LIMIT: { offset, count } }` written out; null when there are no options, undefined when unreadable. */
function nodeRedisLimit(rest: readonly ASTPath[]): Limit | null | undefined {
  if (rest.length === 0) return null;
  const options = rest.length === 1 ? objectLiteralEntries(rest[0]) : undefined;
  const limit = options?.size === 1 ? options.get('LIMIT') : undefined;
  const inner = limit ? objectLiteralEntries(limit) : undefined;
  const [offset, count] = [inner?.get('offset'), inner?.get('count')];
  return inner?.size === 2 && offset && count ? { offset: offset.node as unknown as ExpressionKind, count: count.node as unknown as ExpressionKind } : undefined;
}

function rangeQuery(context: RuleContext, start: LexBound, end: LexBound, limit: Limit | null): ExpressionKind {
  const { j } = context;
  const properties: [string, ExpressionKind][] = [['type', j.stringLiteral('byLex')], ['start', start.toGlide(context)], ['end', end.toGlide(context)]];
  if (limit) properties.push(['limit', inlineObject(j, [['offset', limit.offset], ['count', limit.count]])]);
  return inlineObject(j, properties);
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const [key, first, second, ...rest] = argumentPaths(call.path);
  const bounds = first && second ? [readLexBound(first), readLexBound(second)] : [];
  const limit = call.binding.library === 'ioredis' ? ioredisLimit(rest, context) : nodeRedisLimit(rest);
  const problem = bounds.find((bound) => typeof bound === 'string');
  if (!key || !hasOnlyPositionalArguments(call) || bounds.length !== 2 || problem !== undefined || limit === undefined) {
    const why = typeof problem === 'string' ? `with ${problem}` : 'with arguments the codemod cannot map to GLIDE';
    context.flag(call.path, `${call.method}() is called ${why}; migrate it by hand`);
    return;
  }
  const [start, end] = bounds as LexBound[];
  const reverse = entry.command === 'ZREVRANGEBYLEX';
  const options = reverse ? [inlineObject(context.j, [['reverse', context.j.booleanLiteral(true)]])] : [];
  setMethod(call, context, 'zrange');
  setArguments(call, [asGlideString(context.j, key, context.typeScript), rangeQuery(context, start, end, limit), ...options]);
  context.convertReply(call, undefined, { typeScript: 'string[]' });
  context.recordEdit(call.path.node, `${call.method}(key, min, max) → zrange(key, { type: 'byLex', ... })${reverse ? ' reversed' : ''}`);
}

export const zrangeByLex = defineCallRule({
  id: 'zrange-by-lex',
  phase: 'commands',
  summary: 'ZRANGEBYLEX / ZREVRANGEBYLEX become GLIDE’s zrange with a byLex range of Boundary objects (and reverse)',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zrange-by-lex'),
  apply,
});
