/**
 * The arguments of the commands that pop from the first non-empty of several keys (LMPOP, ZMPOP): ioredis passes
 * the server's words (`lmpop(2, 'a', 'b', 'LEFT', 'COUNT', 2)`), node-redis a key or keys, the side and `{ COUNT }`;
 * GLIDE takes the key array, the side as its enum and `{ count }`. Undefined when the call passes anything else.
 * Their blocking twins (BLMPOP, BZMPOP) take a timeout in seconds first in both source clients
 * (`blmpop(1, 2, 'a', 'b', 'LEFT')`, `blmPop(1, ['a', 'b'], 'LEFT')`); GLIDE takes it after the side
 * (`blmpop(['a', 'b'], ListDirection.LEFT, 1)`).
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { inlineObject } from '../../ast/inline-object.js';
import { setArguments, setMethod } from '../commands/call-shape.js';
import { argumentPaths, asGlideString } from './arguments.js';
import { asGlideNumber } from './as-glide-number.js';
import { cannotMap } from './cannot-map.js';
import { glideEnumMember } from './glide-enum.js';
import { readCountedKeys } from './counted-keys.js';
import { keyListFor } from './key-list.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from './object-literal-entries.js';

export interface MultiKeyPop {
  /** The blocking twins' timeout. */
  readonly timeout?: ASTPath;
  readonly keys: ExpressionKind;
  readonly side: string;
  readonly count?: ASTPath;
}

function readIoredis(paths: readonly ASTPath[], context: RuleContext, sides: ReadonlySet<string>): MultiKeyPop | undefined {
  const counted = readCountedKeys(paths, new Set([...sides, 'COUNT']));
  const [sidePath, word, count, ...more] = counted?.rest ?? [];
  const side = sidePath && literalToken(sidePath.node);
  if (!counted || !side || !sides.has(side) || more.length > 0 || (word && (literalToken(word.node) !== 'COUNT' || !count))) return undefined;
  const keys = context.j.arrayExpression(counted.keys.map((path) => asGlideString(context.j, path, context.typeScript)));
  return { keys, side, count };
}

function readNodeRedis(paths: readonly ASTPath[], context: RuleContext, sides: ReadonlySet<string>, glide: string): MultiKeyPop | undefined {
  const [keysPath, sidePath, optionsPath, ...more] = paths;
  const side = sidePath && literalToken(sidePath.node);
  if (!keysPath || !side || !sides.has(side) || more.length > 0) return undefined;
  const entries = optionsPath ? objectLiteralEntries(optionsPath) : undefined;
  const count = entries?.size === 1 ? entries.get('COUNT') : undefined;
  if (optionsPath && !count) return undefined;
  return { keys: keyListFor(glide, context.j, keysPath, context.typeScript), side, count };
}

/** How the command's arguments are read. */
export interface MultiKeyPopForm {
  /** The command's words for where to pop (`LEFT` / `RIGHT`, `MIN` / `MAX`). */
  readonly sides: ReadonlySet<string>;
  /** The GLIDE method called. */
  readonly glide: string;
  /** A blocking twin, whose first argument is the timeout. */
  readonly blocking: boolean;
}

export function readMultiKeyPop(call: ClientCall, context: RuleContext, form: MultiKeyPopForm): MultiKeyPop | undefined {
  if (call.path.node.arguments.some((argument) => argument.type === 'SpreadElement')) return undefined;
  const all = argumentPaths(call.path);
  const timeout = form.blocking ? all[0] : undefined;
  if (form.blocking && !timeout) return undefined;
  const paths = form.blocking ? all.slice(1) : all;
  const read = call.binding.library === 'ioredis' ? readIoredis(paths, context, form.sides) : readNodeRedis(paths, context, form.sides, form.glide);
  return read && { ...read, timeout };
}

/**
 * Rewrites the call as GLIDE's `glide(keys, SideEnum.SIDE[, timeout], { count })` and answers what it read; flags
 * the call and answers undefined when it cannot be read.
 */
export function rewriteMultiKeyPop(call: ClientCall, context: RuleContext, form: MultiKeyPopForm, sideEnum: string): MultiKeyPop | undefined {
  const read = readMultiKeyPop(call, context, form);
  if (!read) {
    context.flag(call.path, cannotMap(call, form.glide, `${form.blocking ? 'a timeout, ' : ''}keys, a side or options`));
    return undefined;
  }
  const timeout = read.timeout ? [asGlideNumber(context.j, read.timeout, context.typeScript)] : [];
  const options = read.count ? [inlineObject(context.j, [['count', asGlideNumber(context.j, read.count, context.typeScript)]])] : [];
  setMethod(call, context, form.glide);
  setArguments(call, [read.keys, glideEnumMember(context, sideEnum, read.side), ...timeout, ...options]);
  return read;
}
