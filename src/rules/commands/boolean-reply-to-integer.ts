/**
 * Commands that answer 1 or 0 in ioredis and node-redis 5/6 (`expire`, `sismember`, `hexists`, `renamenx`, `copy`,
 * `pfadd`, ...; the catalogue in `src/knowledge/commands/` lists them)
 * answer `true` / `false` in GLIDE, so `console.log(await client.sismember(k, m))` would print `true` where the
 * program printed `1`. Where the reply is read it becomes `Number(...)` (`.map(Number)` for `smismember`, which
 * answers one flag per member). The expiry commands' NX / XX / GT / LT keyword becomes GLIDE's
 * `{ expireOption: ExpireOptions.* }`, and the members of `smismember` and the elements of `pfadd` become the one
 * array GLIDE takes.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, type ArgumentKind, asGlideString, listOf } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalToken } from '../../ast/literal-token.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('boolean-reply-to-integer');

interface BooleanCommand {
  readonly glide: string;
  /** Parameter kinds for `coercePositional`; with a member list, the parameters before it. */
  readonly parameters: string;
  readonly takes?: 'expire-option' | 'member-list';
  readonly replies?: 'one' | 'each';
}

const EXPIRE_OPTIONS: Readonly<Record<string, string>> = {
  NX: 'HasNoExpiry',
  XX: 'HasExistingExpiry',
  GT: 'NewExpiryGreaterThanCurrent',
  LT: 'NewExpiryLessThanCurrent',
};

const TO_NUMBER: ReplyConversion = { singleUse: true, convert: (reply, { j }) => j.callExpression(j.identifier('Number'), [reply]) };

const EACH_TO_NUMBER: ReplyConversion = {
  singleUse: true,
  convert: (reply, { j }) => j.callExpression(j.memberExpression(reply, j.identifier('map')), [j.identifier('Number')]),
};

/**
 * node-redis' `expireAt` / `pExpireAt` also take a `Date`, which GLIDE's Unix seconds / milliseconds parameter
 * does not: what to pass instead.
 */
const INSTEAD_OF_A_DATE: Readonly<Record<string, string>> = {
  expireAt: 'GLIDE takes Unix seconds: pass Math.floor(date.getTime() / 1000)',
  pexpireAt: 'GLIDE takes Unix milliseconds: pass date.getTime()',
};

function isDateConstruction(path: ASTPath | undefined): boolean {
  const node = path?.node as { type: string; callee?: { type: string; name?: string } } | undefined;
  return node?.type === 'NewExpression' && node.callee?.type === 'Identifier' && node.callee.name === 'Date';
}

/** GLIDE's arguments, or undefined when the source's cannot be mapped with certainty. */
function glideArguments(call: ClientCall, context: RuleContext, spec: BooleanCommand): ArgumentKind[] | undefined {
  const paths = argumentPaths(call.path);
  const fixed = spec.parameters.length;
  if (!hasOnlyPositionalArguments(call) || paths.length < fixed) return undefined;
  if (spec.takes === 'member-list') {
    if (paths.length === fixed) return undefined;
    return [asGlideString(context.j, paths[0], context.typeScript), listOf(context.j, paths.slice(fixed), context.typeScript)];
  }
  const positional = coercePositional(call, context, spec.parameters).slice(0, fixed);
  if (paths.length === fixed) return positional;
  const option = EXPIRE_OPTIONS[literalToken(paths[fixed].node) ?? ''];
  if (spec.takes !== 'expire-option' || paths.length > fixed + 1 || !option) return undefined;
  return [...positional, inlineObject(context.j, [['expireOption', glideEnumMember(context, 'ExpireOptions', option)]])];
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const spec: BooleanCommand = { glide: entry.glide, ...entry.migration };
  const insteadOfADate = INSTEAD_OF_A_DATE[spec.glide];
  if (call.binding.library === 'node-redis' && insteadOfADate && isDateConstruction(argumentPaths(call.path)[1])) {
    context.flag(call.path, `${call.method}() is given a Date; ${insteadOfADate}`);
    return;
  }
  const args = glideArguments(call, context, spec);
  if (!args) {
    context.flag(call.path, cannotMap(call, spec.glide));
    return;
  }
  setMethod(call, context, spec.glide);
  setArguments(call, args);
  context.convertReply(call, spec.replies === 'each' ? EACH_TO_NUMBER : TO_NUMBER);
  context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}(), true/false read back as 1/0`);
}

export const booleanReplyToInteger = defineCallRule({
  id: 'boolean-reply-to-integer',
  phase: 'commands',
  summary: 'Commands answering 1/0 answer true/false in GLIDE: the reply is read back as a number',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('boolean-reply-to-integer'),
  apply,
});
