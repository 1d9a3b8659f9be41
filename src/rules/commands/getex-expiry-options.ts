/**
 * GETEX's expiry becomes GLIDE's `{ expiry: { type: TimeUnit.Seconds, duration: 10 } }` or
 * `{ expiry: 'persist' }`. ioredis passes the server's tokens (`getex(k, 'EX', 10)`, `getex(k, 'PERSIST')`),
 * node-redis an object (`{ EX: 10 }`, `{ PERSIST: true }`, v6's `{ type: 'EX', value: 10 }`). GLIDE's field is
 * `duration` where its `set` says `count` (its JSDoc example with `count` throws). The reply, the value or
 * null, is the same; TypeScript gets the source's `string | null` back. node-redis also accepts a `Date` for
 * EXAT and PXAT: a PXAT amount goes through `Number(...)` (a Date's milliseconds), an EXAT amount that is not
 * visibly a number is flagged.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineCallRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString } from '../support/arguments.js';
import { glideExpiry, isExpiryToken, type ExpiryToken } from '../support/glide-expiry.js';
import { inlineObject } from '../../ast/inline-object.js';
import { literalValue } from '../../ast/literal-value.js';
import { isNumberValued } from '../support/number-valued.js';
import { objectLiteralEntries } from '../support/object-literal-entries.js';
import { hasOnlyPositionalArguments, setArguments, setMethod } from './call-shape.js';

type Reading =
  | { readonly kind: 'none' }
  | { readonly kind: 'persist' }
  | { readonly kind: 'expiry'; readonly token: ExpiryToken; readonly amount: ASTPath }
  | { readonly kind: 'problem'; readonly reason: string };

const problem = (reason: string): Reading => ({ kind: 'problem', reason });

/** ioredis: nothing, `'PERSIST'`, or a unit token and an amount. */
function readTokens(paths: readonly ASTPath[]): Reading {
  if (paths.length === 0) return { kind: 'none' };
  const token = literalValue(paths[0].node);
  const name = typeof token === 'string' ? token.toUpperCase() : '';
  if (name === 'PERSIST' && paths.length === 1) return { kind: 'persist' };
  if (isExpiryToken(name) && paths.length === 2) return { kind: 'expiry', token: name, amount: paths[1] };
  return problem('tokens other than PERSIST or EX/PX/EXAT/PXAT and an amount');
}

/** node-redis, which reads `type` first, then EX, PX, EXAT, PXAT, and takes any other object as PERSIST. */
function readOptionObject(paths: readonly ASTPath[]): Reading {
  const entries = paths.length === 1 ? objectLiteralEntries(paths[0]) : undefined;
  if (!entries) return problem('options that are not one object literal');
  const type = entries.get('type');
  if (type) {
    const name = literalValue(type.node);
    const amount = entries.get('value');
    if (name === 'PERSIST') return { kind: 'persist' };
    return typeof name === 'string' && isExpiryToken(name) && amount ? dateSafeExpiry(name, amount) : problem('a type known only at run time');
  }
  const expiries = [...entries].flatMap(([name, amount]) => (isExpiryToken(name) ? [{ name, amount }] : []));
  const known = expiries.length + (entries.has('PERSIST') ? 1 : 0);
  if (expiries.length > 1 || entries.size > known) return problem('options other than one of EX, PX, EXAT, PXAT, PERSIST');
  return expiries.length === 0 ? { kind: 'persist' } : dateSafeExpiry(expiries[0].name, expiries[0].amount);
}

function dateSafeExpiry(token: ExpiryToken, amount: ASTPath): Reading {
  if (token === 'EXAT' && !isNumberValued(amount)) return problem('an EXAT that may be a Date (GLIDE takes Unix seconds: Math.floor(date.getTime() / 1000))');
  return { kind: 'expiry', token, amount };
}

function glideOptions(context: RuleContext, reading: Reading): ExpressionKind[] {
  if (reading.kind === 'none' || reading.kind === 'problem') return [];
  const expiry = reading.kind === 'expiry' ? glideExpiry(context, reading.token, reading.amount, 'duration') : context.j.stringLiteral('persist');
  return [inlineObject(context.j, [['expiry', expiry]])];
}

function apply(call: ClientCall, context: RuleContext): void {
  const [key, ...rest] = argumentPaths(call.path);
  const reading = !key || !hasOnlyPositionalArguments(call) ? problem('spread or missing arguments')
    : call.binding.library === 'ioredis' ? readTokens(rest) : readOptionObject(rest);
  if (reading.kind === 'problem') {
    context.flag(call.path, `${call.method}() is called with ${reading.reason}, which the codemod cannot map to GLIDE's getex options; migrate it by hand`);
    return;
  }
  setMethod(call, context, 'getex');
  setArguments(call, [asGlideString(context.j, key, context.typeScript), ...glideOptions(context, reading)]);
  context.convertReply(call, undefined, { typeScript: 'string | null' });
  context.recordEdit(call.path.node, `${call.method}() expiry → GLIDE getex({ expiry })`);
}

export const getexExpiryOptions = defineCallRule({
  id: 'getex-expiry-options',
  phase: 'commands',
  summary: 'GETEX tokens and option objects become GLIDE’s { expiry: { type, duration } } or { expiry: "persist" }',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  commands: { ioredis: ['getex'], 'node-redis': ['getEx'] },
  apply,
});
