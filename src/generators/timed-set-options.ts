/**
 * The `SetOptions` generators write for a key that must expire: `{ expiry: { type: TimeUnit.Milliseconds,
 * count: <ttl> } }`, with `conditionalSet: 'onlyIfDoesNotExist'` for SET NX. Built through the GLIDE option
 * builder the rules use (src/glide/set-options.ts), so both write SET options the same way.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { inlineObject } from '../ast/inline-object.js';
import { glideSetOptions } from '../glide/set-options.js';
import { templateSyntax as j } from './render-module.js';

/** `ttl` names the variable or constant of the generated code that holds the milliseconds. */
export function timedSetOptions(ttl: string, condition?: 'onlyIfDoesNotExist'): ExpressionKind {
  const unit = j.memberExpression(j.identifier('TimeUnit'), j.identifier('Milliseconds'));
  const expiry = inlineObject(j, [
    ['type', unit],
    ['count', j.identifier(ttl)],
  ]);
  return glideSetOptions(j, { expiry, conditionalSet: condition });
}
