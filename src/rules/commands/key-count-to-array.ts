/**
 * Commands that take a number of keys and then the keys, with nothing to read back differently: ZDIFFSTORE,
 * ZINTERCARD and SINTERCARD. ioredis takes the server's words (`zintercard(2, 'a', 'b', 'LIMIT', 5)`,
 * `zdiffstore(dest, 2, 'a', 'b')`); node-redis one key or an array of keys, and for the cardinalities `{ LIMIT }`
 * or, as its older versions did, the limit as a number; GLIDE the keys as one array and `{ limit }`. The reply, a
 * number, is the same in all three. GLIDE's `sintercard` and `zintercard` write the key count into the array they
 * get, so an array the program holds is passed as a copy (`support/key-list.ts`). A key count or a limit not
 * written out is flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { inlineObject } from '../../ast/inline-object.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { asGlideNumber } from '../support/as-glide-number.js';
import { readCountedKeys } from '../support/counted-keys.js';
import { keyListFor } from '../support/key-list.js';
import { literalToken } from '../../ast/literal-token.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { shapeOfValue } from '../support/value-shape.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('key-count-to-array');
const WORDS = new Set(['LIMIT']);

interface Read {
  readonly keys: ExpressionKind;
  readonly limit?: ASTPath;
}

function readIoredis(paths: readonly ASTPath[], context: RuleContext, takesLimit: boolean): Read | undefined {
  const counted = readCountedKeys(paths, WORDS);
  if (!counted) return undefined;
  const keys = context.j.arrayExpression(counted.keys.map((path) => asGlideString(context.j, path, context.typeScript)));
  const [word, limit, ...more] = counted.rest;
  if (!word) return { keys };
  return takesLimit && literalToken(word.node) === 'LIMIT' && limit && more.length === 0 ? { keys, limit } : undefined;
}

/** node-redis' limit: `{ LIMIT: n }` written out, or a number (its older signature). */
function nodeRedisLimit(path: ASTPath): ASTPath | undefined {
  if (shapeOfValue(path) === 'number') return path;
  const entries = objectLiteralEntries(path);
  return entries?.size === 1 ? entries.get('LIMIT') : undefined;
}

function readNodeRedis(paths: readonly ASTPath[], context: RuleContext, glide: string, takesLimit: boolean): Read | undefined {
  const [keysPath, optionsPath, ...more] = paths;
  if (!keysPath || more.length > 0) return undefined;
  const keys = keyListFor(glide, context.j, keysPath, context.typeScript);
  if (!optionsPath) return { keys };
  const limit = takesLimit ? nodeRedisLimit(optionsPath) : undefined;
  return limit ? { keys, limit } : undefined;
}

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const paths = argumentPaths(call.path);
  const { leading, limit: takesLimit } = entry.migration;
  const scalars = paths.slice(0, leading);
  const rest = paths.slice(leading);
  const readable = scalars.length === leading && hasOnlyPositionalArguments(call);
  const read = readable ? (call.binding.library === 'ioredis' ? readIoredis(rest, context, takesLimit) : readNodeRedis(rest, context, entry.glide, takesLimit)) : undefined;
  if (!read) {
    context.flag(call.path, cannotMap(call, entry.glide, 'keys or options'));
    return;
  }
  const options = read.limit ? [inlineObject(context.j, [['limit', asGlideNumber(context.j, read.limit, context.typeScript)]])] : [];
  setMethod(call, context, entry.glide);
  setArguments(call, [...scalars.map((path) => asGlideString(context.j, path, context.typeScript)), read.keys, ...options]);
  context.recordEdit(call.path.node, `${call.method}(...) → ${entry.glide}(${leading ? 'destination, ' : ''}keys${read.limit ? ', { limit }' : ''})`);
}

export const keyCountToArray = defineCallRule({
  id: 'key-count-to-array',
  phase: 'commands',
  summary: 'ZDIFFSTORE / ZINTERCARD / SINTERCARD: the key count and keys become GLIDE’s key array, LIMIT { limit }',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('key-count-to-array'),
  apply,
});
