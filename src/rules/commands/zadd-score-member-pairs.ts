/**
 * ZADD's members and options become GLIDE's records and `ZAddOptions`. ioredis takes the server's tokens, then
 * score-member pairs (`zadd(k, 'XX', 'CH', 1, 'a', 2, 'b')`, or the pairs in an array); node-redis takes
 * `{ value, score }` members and `{ NX, XX, GT, LT, CH }` or `{ condition, comparison, CH }`. GLIDE takes
 * `[{ element, score }]`, which keeps the members' order (an object would list integer-like members first), and
 * `{ conditionalChange, updateOptions, changed }`. INCR is GLIDE's `zaddIncr(k, member, increment)`, which answers
 * a number (or null when NX / XX / GT / LT blocked it) where ioredis answered the server's text (`"6"`): a read
 * ioredis reply becomes that text again; node-redis' `zAddIncr` already answers the number. Options the server
 * rejects together, pairs not visible in the syntax and, in TypeScript, scores that GLIDE's `Score` type cannot
 * take (a string known only at run time) are flagged. An ioredis spread of pairs made by `map` becomes a `map`
 * making records; option names node-redis never read are left out, with a TODO.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { asGlideString } from '../support/arguments.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalValue } from '../../ast/literal-value.js';
import { isNumberValued } from '../support/number-valued.js';
import { scoreText } from '../support/score-text.js';
import { isSideEffectFree } from '../support/side-effect-free.js';
import { shapeOfValue } from '../support/value-shape.js';
import { readZAddArguments, type ZAddArguments } from '../support/zadd-arguments.js';
import { setArguments, setMethod } from './call-shape.js';

const INFINITE_SCORES: ReadonlyMap<string, number> = new Map([['inf', 1], ['+inf', 1], ['-inf', -1]]);

const TEXT_OR_NULL: ReplyConversion = { singleUse: false, convert: (reply, { j }) => scoreText(j, reply, { orNull: true }) };

/** Why GLIDE cannot take the call: options the server rejects together, INCR without exactly one member. */
function problemWith({ tokens, members }: ZAddArguments): string | undefined {
  const has = (token: string) => tokens.has(token);
  if ((has('NX') && (has('XX') || has('GT') || has('LT'))) || (has('GT') && has('LT'))) return 'options the server rejects together';
  if (has('INCR') && !('pairs' in members && members.pairs.length === 1)) return 'INCR and not exactly one member';
  const pairs = 'pairs' in members ? members.pairs : [];
  if (pairs.some(({ score, member }) => !isSideEffectFree(score.node) && !isSideEffectFree(member.node))) {
    return 'a score and a member that both have side effects, which GLIDE’s argument order would run the other way round';
  }
  return undefined;
}

/**
 * A score as GLIDE's types want it: `Score` (a number, '+inf' or '-inf') or, for INCR, a number. In JavaScript
 * it is passed as it is: GLIDE sends `String(score)`, as the source clients did. Undefined when TypeScript would
 * need the value of a string known only at run time.
 */
function glideScore(context: RuleContext, path: ASTPath, increment: boolean): ExpressionKind | undefined {
  const { j } = context;
  const node = path.node as unknown as ExpressionKind;
  const literal = literalValue(node);
  if (!context.typeScript || isNumberValued(path) || (literal === undefined && shapeOfValue(path) !== 'string')) return node;
  if (typeof literal !== 'string') return undefined;
  const sign = INFINITE_SCORES.get(literal.toLowerCase());
  if (sign !== undefined && !increment) return j.stringLiteral(sign > 0 ? '+inf' : '-inf');
  if (sign !== undefined) return sign > 0 ? j.identifier('Infinity') : j.unaryExpression('-', j.identifier('Infinity'));
  const number = Number(literal);
  return literal.trim() === literal && literal !== '' && Number.isFinite(number) ? j.numericLiteral(number) : undefined;
}

/** `[{ element, score }, ...]`, node-redis members mapped at run time, or ioredis' `map` making records instead of pairs. */
function glideMembers(context: RuleContext, members: ZAddArguments['members']): ExpressionKind | undefined {
  const { j, typeScript } = context;
  if ('atRunTime' in members) {
    const node = members.atRunTime.node as unknown as ExpressionKind;
    const list = shapeOfValue(members.atRunTime) === 'array' ? new CodeTemplate().node(node) : new CodeTemplate().text('[').node(node).text('].flat()');
    return list.text('.map(({ value, score }) => ({ element: value, score }))').toExpression(j);
  }
  if ('mapped' in members) {
    const { call, pair } = members.mapped;
    const score = glideScore(context, pair.score, false);
    if (!score) return undefined;
    const record = inlineObject(j, [['element', asGlideString(j, pair.member, typeScript)], ['score', score]]);
    (call.get('arguments', 0, 'body') as ASTPath).replace(record);
    return call.node as unknown as ExpressionKind;
  }
  const template = new CodeTemplate().text('[');
  for (const [index, { score, member }] of members.pairs.entries()) {
    const glide = glideScore(context, score, false);
    if (!glide) return undefined;
    template.text(index > 0 ? ', { element: ' : '{ element: ').node(asGlideString(j, member, typeScript)).text(', score: ').node(glide).text(' }');
  }
  return template.text(']').toExpression(j);
}

function zaddOptions(context: RuleContext, tokens: ReadonlySet<string>): ExpressionKind[] {
  const properties: [string, ExpressionKind][] = [];
  const condition = tokens.has('NX') ? 'ONLY_IF_DOES_NOT_EXIST' : tokens.has('XX') ? 'ONLY_IF_EXISTS' : undefined;
  const update = tokens.has('GT') ? 'GREATER_THAN' : tokens.has('LT') ? 'LESS_THAN' : undefined;
  if (condition) properties.push(['conditionalChange', glideEnumMember(context, 'ConditionalChange', condition)]);
  if (update) properties.push(['updateOptions', glideEnumMember(context, 'UpdateByScore', update)]);
  if (tokens.has('CH')) properties.push(['changed', context.j.booleanLiteral(true)]);
  return properties.length > 0 ? [inlineObject(context.j, properties)] : [];
}

/** GLIDE's method and arguments (options last), or undefined when a score cannot be passed. */
function glideCall(context: RuleContext, read: ZAddArguments): [string, ExpressionKind[]] | undefined {
  const key = asGlideString(context.j, read.key, context.typeScript);
  if (!read.tokens.has('INCR')) {
    const members = glideMembers(context, read.members);
    return members && ['zadd', [key, members]];
  }
  const [{ score, member }] = 'pairs' in read.members ? read.members.pairs : [];
  const increment = glideScore(context, score, true);
  return increment && ['zaddIncr', [key, asGlideString(context.j, member, context.typeScript), increment]];
}

function apply(call: ClientCall, context: RuleContext): void {
  const read = readZAddArguments(call);
  const problem = typeof read === 'string' ? read : problemWith(read);
  const glide = typeof read === 'string' || problem ? undefined : glideCall(context, read);
  if (typeof read === 'string' || !glide) {
    context.flag(call.path, `${call.method}() is called with ${problem ?? 'a score TypeScript cannot pass as GLIDE’s Score'}, which the codemod cannot map to GLIDE's zadd(); migrate it by hand`);
    return;
  }
  const [method, args] = glide;
  const options = zaddOptions(context, read.tokens);
  setMethod(call, context, method);
  setArguments(call, [...args, ...options]);
  if (method === 'zaddIncr' && call.binding.library === 'ioredis') {
    const nullable = read.tokens.has('NX') || read.tokens.has('XX');
    context.convertReply(call, TEXT_OR_NULL, { typeScript: nullable ? 'string | null' : 'string' });
  }
  if (read.ignored.length > 0) {
    context.note(call.path, `node-redis ignored the option ${read.ignored.join(', ')} of ${call.method}(), a name it does not read; the migrated call leaves it out as well`);
  }
  context.recordEdit(call.path.node, `${call.method}(...) → ${method}(${method === 'zadd' ? 'key, [{ element, score }]' : 'key, member, increment'}${options.length > 0 ? ', options' : ''})`);
}

export const zaddScoreMemberPairs = defineCallRule({
  id: 'zadd-score-member-pairs',
  phase: 'commands',
  summary: 'ZADD score-member pairs and option tokens become GLIDE’s ordered [{ element, score }] records and ZAddOptions; INCR becomes zaddIncr',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['zadd'], 'node-redis': ['zAdd', 'zAddIncr'] },
  apply,
});
