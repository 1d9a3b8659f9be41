/**
 * GEOADD's members become GLIDE's `Map` of member to `{ longitude, latitude }`. ioredis takes the server's tokens
 * (NX / XX, CH) and then longitude-latitude-member triplets (`geoadd(k, 'CH', 13.36, 38.11, 'Palermo')`);
 * node-redis takes `{ longitude, latitude, member }` objects (one, or an array) and `{ condition: 'NX' | 'XX', CH }`
 * (or v4's `{ NX, XX, CH }`). GLIDE's options are `{ updateMode: ConditionalChange.*, changed }`. The Map keeps
 * the members in their order. The reply, the number of members added (or changed, with CH), is the same. Triplets
 * or members not visible in the syntax, and options other than these, are flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { NodeLike } from '../../ast/node.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

interface Member {
  readonly longitude: ExpressionKind;
  readonly latitude: ExpressionKind;
  readonly member: ExpressionKind;
}

interface Options {
  condition?: 'NX' | 'XX';
  changed?: boolean;
}

const UPDATE_MODE = { NX: 'ONLY_IF_DOES_NOT_EXIST', XX: 'ONLY_IF_EXISTS' } as const;

const expression = (path: ASTPath) => path.node as unknown as ExpressionKind;

/** ioredis: the tokens, then the triplets; undefined when they are not all visible. */
function readIoredis(paths: readonly ASTPath[], context: RuleContext): { members: Member[]; options: Options } | undefined {
  const options: Options = {};
  let index = 0;
  for (; index < paths.length; index++) {
    const token = literalToken(paths[index].node);
    if (token === 'NX' || token === 'XX') options.condition = token;
    else if (token === 'CH') options.changed = true;
    else break;
  }
  const rest = paths.slice(index);
  if (rest.length === 0 || rest.length % 3 !== 0) return undefined;
  const members: Member[] = [];
  for (let at = 0; at < rest.length; at += 3) {
    members.push({ longitude: expression(rest[at]), latitude: expression(rest[at + 1]), member: asGlideString(context.j, rest[at + 2], context.typeScript) });
  }
  return { members, options };
}

/** node-redis: `{ longitude, latitude, member }` written out. */
function memberObject(path: ASTPath): Member | undefined {
  const entries = objectLiteralEntries(path);
  const [longitude, latitude, member] = ['longitude', 'latitude', 'member'].map((name) => entries?.get(name));
  return entries?.size === 3 && longitude && latitude && member ? { longitude: expression(longitude), latitude: expression(latitude), member: expression(member) } : undefined;
}

/** The member objects: one, or the elements of an array literal. */
function memberPaths(path: ASTPath): ASTPath[] {
  const node = path.node as unknown as NodeLike;
  if (node.type !== 'ArrayExpression') return [path];
  return (node.elements as unknown[]).map((_, index) => path.get('elements', index) as ASTPath);
}

function readNodeRedis(paths: readonly ASTPath[]): { members: Member[]; options: Options } | undefined {
  const [membersPath, optionsPath, ...more] = paths;
  if (!membersPath || more.length > 0) return undefined;
  const members = memberPaths(membersPath).map(memberObject);
  if (members.length === 0 || members.some((member) => member === undefined)) return undefined;
  const options: Options = {};
  if (optionsPath) {
    const entries = objectLiteralEntries(optionsPath);
    if (!entries) return undefined;
    for (const [key, value] of entries) {
      const literal = literalValue(value.node);
      if (key === 'condition' && (literal === 'NX' || literal === 'XX')) options.condition = literal;
      else if ((key === 'NX' || key === 'XX') && literal === true) options.condition = key;
      else if (key === 'CH' && typeof literal === 'boolean') options.changed = literal || undefined;
      else return undefined;
    }
  }
  return { members: members as Member[], options };
}

function mapOf(context: RuleContext, members: readonly Member[]): ExpressionKind {
  const template = new CodeTemplate().text('new Map([');
  members.forEach((member, index) => {
    template.text(index > 0 ? ', [' : '[').node(member.member).text(', { longitude: ').node(member.longitude).text(', latitude: ').node(member.latitude).text(' }]');
  });
  return template.text('])').toExpression(context.j);
}

function optionsOf(context: RuleContext, options: Options): ExpressionKind | undefined {
  const properties: [string, ExpressionKind][] = [];
  if (options.condition) properties.push(['updateMode', glideEnumMember(context, 'ConditionalChange', UPDATE_MODE[options.condition])]);
  if (options.changed) properties.push(['changed', context.j.booleanLiteral(true)]);
  return properties.length > 0 ? inlineObject(context.j, properties) : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const [key, ...rest] = argumentPaths(call.path);
  const read = key && hasOnlyPositionalArguments(call) ? (call.binding.library === 'ioredis' ? readIoredis(rest, context) : readNodeRedis(rest)) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, 'geoadd', 'members or options'));
    return;
  }
  const options = optionsOf(context, read.options);
  setMethod(call, context, 'geoadd');
  setArguments(call, [asGlideString(context.j, key, context.typeScript), mapOf(context, read.members), ...(options ? [options] : [])]);
  context.recordEdit(call.path.node, `${call.method}(key, ...) → geoadd(key, Map of member to { longitude, latitude })`);
}

export const geoaddMembers = defineCallRule({
  id: 'geoadd-members',
  phase: 'commands',
  summary: 'GEOADD’s longitude-latitude-member triplets or objects become GLIDE’s Map of member to coordinates',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('geoadd-members'),
  apply,
});
