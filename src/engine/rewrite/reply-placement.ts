/**
 * The placement step: where a call's reply is read, and how a conversion back to the source client's shape gets
 * there. Rules say what the reply needs (`context.convertReply`: a conversion and the type the source typings
 * promised) and who reads it (`context.readReplyWithCallback`: a node-style callback moved onto the promise); this
 * step, run once after the rules that rewrite calls, builds the one expression that does all of it, so no rule
 * takes apart what another built:
 * - awaited: `convert(await call)` (`await call.then(convert)` when the conversion reads its value twice), cast;
 * - read by a callback: `call.then((reply) => cb(null, convert(reply)), (error) => cb(error))`, one `.then` as in
 *   ioredis, so the callback runs as early as it did;
 * - a promise passed on: `call.then((reply) => convert(reply))`, cast to `Promise<T>`.
 * Nothing is added where the value is thrown away. In TypeScript the value is cast to the type the source client's
 * typings promised, since GLIDE types string replies as `string | Buffer`.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { outerExpressionPath } from '../analyse/result-use.js';
import type { ClientCall } from '../analyse/types.js';
import { parenthesizeCastFor } from './parenthesized-cast.js';
import type { RuleContext } from './rule.js';
import { typeNode } from './type-text.js';

export interface ReplyConversion {
  /** Builds the converted value from an expression that yields GLIDE's reply. */
  readonly convert: (reply: ExpressionKind, context: RuleContext) => ExpressionKind;
  /** `convert` uses its argument once, so it may wrap `await call` directly. */
  readonly singleUse: boolean;
}

/** What the source client's typings said the reply is, for the TypeScript cast. */
export interface ReplyTyping {
  readonly typeScript?: string;
}

/** A node-style callback that now reads the reply from the call's promise. */
export interface CallbackReader {
  /** The name the callback is called by where the call stands. */
  readonly name: string;
  /** At most this many arguments are passed (a TypeScript function declaring fewer would refuse more). */
  readonly arity?: number;
}

/** What the rules asked for one call; `context` is the converting rule's, for the conversion to build with. */
export interface ReplyPlan {
  conversion?: ReplyConversion;
  castTo?: string;
  /** The type the program itself gave the reply (`sendCommand<string>(...)`): the cast, whatever a rule asks for. */
  programCast?: string;
  context?: RuleContext;
  callback?: CallbackReader;
}

function awaitPath(call: ClientCall): ASTPath | undefined {
  const outer = outerExpressionPath(call.path);
  return outer.parent?.node.type === 'AwaitExpression' ? (outer.parent as ASTPath) : undefined;
}

function convertedValue(plan: ReplyPlan, reply: ExpressionKind): ExpressionKind {
  return plan.conversion && plan.context ? plan.conversion.convert(reply, plan.context) : reply;
}

/** `call.then((reply) => convert(reply))`. */
function thenConverted(j: JSCodeshift, call: ClientCall, plan: ReplyPlan): ExpressionKind {
  const converted = convertedValue(plan, j.identifier('reply'));
  return j.callExpression(j.memberExpression(call.path.node, j.identifier('then')), [j.arrowFunctionExpression([j.identifier('reply')], converted)]);
}

/** `call.then((reply) => cb(null, <reply converted>), (error) => cb(error))`. */
function thenCalling(j: JSCodeshift, call: ClientCall, plan: ReplyPlan, callback: CallbackReader): ExpressionKind {
  const { name, arity = 2 } = callback;
  const replyName = name === 'reply' ? 'value' : 'reply';
  const errorName = name === 'error' ? 'failure' : 'error';
  let value = convertedValue(plan, j.identifier(replyName));
  if (plan.castTo) value = j.tsAsExpression(value, typeNode(plan.castTo));
  return j.callExpression(j.memberExpression(call.path.node, j.identifier('then')), [
    j.arrowFunctionExpression([j.identifier(replyName)], j.callExpression(j.identifier(name), [j.nullLiteral(), value].slice(0, arity))),
    j.arrowFunctionExpression([j.identifier(errorName)], j.callExpression(j.identifier(name), [j.identifier(errorName)].slice(0, arity))),
  ]);
}

/** Puts what the plan asks for where the program reads the reply; returns whether the tree changed. */
export function placeReply(j: JSCodeshift, call: ClientCall, plan: ReplyPlan): boolean {
  if (plan.callback) {
    outerExpressionPath(call.path).replace(thenCalling(j, call, plan, plan.callback));
    return true;
  }
  if (!call.resultUse.used) return false;
  const awaited = awaitPath(call);
  if (awaited) {
    let value = awaited.node as ExpressionKind;
    if (plan.conversion) {
      value = plan.conversion.singleUse ? convertedValue(plan, value) : j.awaitExpression(thenConverted(j, call, plan));
    }
    if (plan.castTo) value = j.tsAsExpression(value, typeNode(plan.castTo));
    if (value === awaited.node) return false;
    parenthesizeCastFor(awaited, value);
    awaited.replace(value);
    return true;
  }
  let promise: ExpressionKind = plan.conversion ? thenConverted(j, call, plan) : call.path.node;
  if (plan.castTo) promise = j.tsAsExpression(promise, typeNode(`Promise<${plan.castTo}>`));
  if (promise === call.path.node) return false;
  const position = outerExpressionPath(call.path);
  parenthesizeCastFor(position, promise);
  position.replace(promise);
  return true;
}
