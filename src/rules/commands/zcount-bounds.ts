/**
 * The score bounds of ZCOUNT and ZREMRANGEBYSCORE (the catalogue lists the commands) become GLIDE's
 * `Boundary<number>` objects. ioredis and node-redis send the bounds as written:
 * numbers, `'(5'` for an exclusive bound, `'-inf'` / `'+inf'` (node-redis also `-Infinity` / `Infinity`);
 * GLIDE takes `{ value: 5 }`, `{ value: 5, isInclusive: false }` and `InfBoundary.NegativeInfinity` /
 * `PositiveInfinity`, and would read a plain string as an InfBoundary (`'(5'` would be sent as `(5inf`). The
 * count in the reply is the same. Bounds the server would not read as scores, and in TypeScript bounds typed as
 * strings, are flagged. ZREMRANGEBYSCORE is GLIDE's `zremRangeByScore`, with the same count in its reply.
 *
 * ZLEXCOUNT and ZREMRANGEBYLEX take lexicographic bounds (`'[a'`, `'(a'`, `'-'`, `'+'`), which become
 * `Boundary<GlideString>` the same way (`support/lex-boundary.ts`); a lex bound known only at run time is flagged.
 */
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { commandNamesMigratedBy, entriesMigratedBy, entryForCall } from '../../knowledge/commands/catalogue.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import type { ASTPath } from 'jscodeshift';
import { readLexBound } from '../support/lex-boundary.js';
import { readScoreBound } from '../support/score-boundary.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';
import { cannotMap } from '../support/cannot-map.js';

const COMMANDS = entriesMigratedBy('zcount-bounds');

function apply(call: ClientCall, context: RuleContext): void {
  const entry = entryForCall(COMMANDS, call.binding.library, call.method);
  if (!entry) return;
  const paths = argumentPaths(call.path);
  if (!hasOnlyPositionalArguments(call) || paths.length !== 3) {
    context.flag(call.path, cannotMap(call, entry.glide));
    return;
  }
  const [key, min, max] = paths;
  const read = entry.migration.bounds === 'lex' ? readLexBound : (path: ASTPath) => readScoreBound(path, context.typeScript);
  const bounds = [read(min), read(max)];
  const problem = bounds.find((bound) => typeof bound === 'string');
  if (typeof problem === 'string') {
    context.flag(call.path, `${call.method}() is called with ${problem}; migrate it by hand`);
    return;
  }
  const glideBounds = bounds.flatMap((bound) => (typeof bound === 'string' ? [] : [bound.toGlide(context)]));
  setMethod(call, context, entry.glide);
  setArguments(call, [asGlideString(context.j, key, context.typeScript), ...glideBounds]);
  context.recordEdit(call.path.node, `${call.method}(key, min, max) → ${entry.glide}(key, Boundary, Boundary)`);
}

export const zcountBounds = defineCallRule({
  id: 'zcount-bounds',
  phase: 'commands',
  summary: 'The numeric, exclusive "(" and ±inf score bounds of ZCOUNT and ZREMRANGEBYSCORE become GLIDE’s Boundary objects and InfBoundary',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: commandNamesMigratedBy('zcount-bounds'),
  apply,
});
