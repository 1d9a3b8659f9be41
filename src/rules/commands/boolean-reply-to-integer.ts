/**
 * Commands that answer 1 or 0 in ioredis and node-redis 5/6 (`expire`, `sismember`, `hexists`, `renamenx`, ...)
 * answer `true` / `false` in GLIDE, so `console.log(await client.sismember(k, m))` would print `true` where the
 * program printed `1`. Where the reply is read it becomes `Number(...)` (`.map(Number)` for `smismember`, which
 * answers one flag per member). The expiry commands' NX / XX / GT / LT keyword becomes GLIDE's
 * `{ expireOption: ExpireOptions.* }`, and `smismember`'s members become the one array GLIDE takes.
 */
import type { ASTPath } from 'jscodeshift';
import type { ClientCall, SourceLibrary } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext, type ReplyConversion } from '../../engine/rewrite/rule.js';
import { argumentPaths, type ArgumentKind, asGlideString, listOf } from '../support/arguments.js';
import { glideEnumMember } from '../support/glide-enum.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalToken } from '../support/literal-token.js';
import { coercePositional, hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

interface BooleanCommand {
  readonly glide: string;
  /** Parameter kinds for `coercePositional`; `smismember` takes its members as a list instead. */
  readonly parameters: string;
  readonly takes?: 'expire-option' | 'member-list';
  readonly sources: Readonly<Record<SourceLibrary, string>>;
}

const COMMANDS: readonly BooleanCommand[] = [
  { glide: 'expire', parameters: 'sn', takes: 'expire-option', sources: { ioredis: 'expire', 'node-redis': 'expire' } },
  { glide: 'pexpire', parameters: 'sn', takes: 'expire-option', sources: { ioredis: 'pexpire', 'node-redis': 'pExpire' } },
  { glide: 'expireAt', parameters: 'sn', takes: 'expire-option', sources: { ioredis: 'expireat', 'node-redis': 'expireAt' } },
  { glide: 'persist', parameters: 's', sources: { ioredis: 'persist', 'node-redis': 'persist' } },
  { glide: 'renamenx', parameters: 'ss', sources: { ioredis: 'renamenx', 'node-redis': 'renameNX' } },
  { glide: 'hexists', parameters: 'ss', sources: { ioredis: 'hexists', 'node-redis': 'hExists' } },
  { glide: 'hsetnx', parameters: 'sss', sources: { ioredis: 'hsetnx', 'node-redis': 'hSetNX' } },
  { glide: 'sismember', parameters: 'ss', sources: { ioredis: 'sismember', 'node-redis': 'sIsMember' } },
  { glide: 'smove', parameters: 'sss', sources: { ioredis: 'smove', 'node-redis': 'sMove' } },
  { glide: 'smismember', parameters: 's', takes: 'member-list', sources: { ioredis: 'smismember', 'node-redis': 'smIsMember' } },
];

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

/** node-redis' `expireAt` also takes a `Date`, which GLIDE's Unix-seconds parameter does not. */
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
  const spec = COMMANDS.find((command) => command.sources[call.binding.library] === call.method);
  if (!spec) return;
  if (call.binding.library === 'node-redis' && spec.glide === 'expireAt' && isDateConstruction(argumentPaths(call.path)[1])) {
    context.flag(call.path, 'expireAt() is given a Date; GLIDE takes Unix seconds: pass Math.floor(date.getTime() / 1000)');
    return;
  }
  const args = glideArguments(call, context, spec);
  if (!args) {
    context.flag(call.path, `${call.method}() is called with arguments the codemod cannot map to GLIDE's ${spec.glide}(); migrate it by hand`);
    return;
  }
  setMethod(call, context, spec.glide);
  setArguments(call, args);
  context.convertReply(call, spec.takes === 'member-list' ? EACH_TO_NUMBER : TO_NUMBER);
  context.recordEdit(call.path.node, `${call.method}() → ${spec.glide}(), true/false read back as 1/0`);
}

export const booleanReplyToInteger = defineCallRule({
  id: 'boolean-reply-to-integer',
  phase: 'commands',
  summary: 'Commands answering 1/0 answer true/false in GLIDE: the reply is read back as a number',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: {
    ioredis: COMMANDS.map((command) => command.sources.ioredis),
    'node-redis': COMMANDS.map((command) => command.sources['node-redis']),
  },
  apply,
});
