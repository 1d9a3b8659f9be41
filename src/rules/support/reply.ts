/**
 * Puts a reply conversion where the program reads the value: around the awaited value
 * (`Number(await client.sismember(k, m))`), or onto the promise (`client.sismember(k, m).then(...)`) when the
 * promise itself is passed on. Nothing is added where the value is thrown away. Returns whether it changed
 * anything. In TypeScript files the
 * converted value is also cast to the type the source client's typings promised, since GLIDE types string
 * replies as `string | Buffer`.
 */
import type { ASTPath, CallExpression } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { outerExpressionPath } from '../../engine/analyse/result-use.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { parenthesizeCastFor } from './parenthesized-cast.js';
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

function awaitPath(call: ClientCall): ASTPath | undefined {
  const outer = outerExpressionPath(call.path);
  return outer.parent?.node.type === 'AwaitExpression' ? (outer.parent as ASTPath) : undefined;
}

export function convertReply(
  call: ClientCall,
  context: RuleContext,
  conversion: ReplyConversion | undefined,
  typing: ReplyTyping = {},
): boolean {
  if (!call.resultUse.used) return false;
  const { j } = context;
  const castTo = context.typeScript ? typing.typeScript : undefined;
  // A callback reads the reply from the promise (callback-arguments attaches it there), not from the await.
  const awaited = call.resultUse.readByCallback ? undefined : awaitPath(call);
  if (awaited) {
    let value: ExpressionKind = awaited.node as ExpressionKind;
    if (conversion) value = conversion.singleUse ? conversion.convert(value, context) : thenConverted(call.path, conversion, context, value);
    if (castTo) value = j.tsAsExpression(value, typeNode(castTo));
    if (value === awaited.node) return false;
    parenthesizeCastFor(awaited, value);
    awaited.replace(value);
    return true;
  }
  let promise: ExpressionKind = call.path.node;
  if (conversion) promise = thenConverted(call.path, conversion, context);
  if (castTo) promise = j.tsAsExpression(promise, typeNode(`Promise<${castTo}>`));
  if (promise === call.path.node) return false;
  const position = outerExpressionPath(call.path);
  parenthesizeCastFor(position, promise);
  position.replace(promise);
  return true;
}

/** `call.then((reply) => convert(reply))`; when `awaitNode` is given, `await call.then(...)`. */
function thenConverted(
  callPath: ASTPath<CallExpression>,
  conversion: ReplyConversion,
  context: RuleContext,
  awaitNode?: ExpressionKind,
): ExpressionKind {
  const { j } = context;
  const reply = j.identifier('reply');
  const then = j.callExpression(j.memberExpression(callPath.node, j.identifier('then')), [
    j.arrowFunctionExpression([j.identifier('reply')], conversion.convert(reply, context)),
  ]);
  return awaitNode ? j.awaitExpression(then) : then;
}
