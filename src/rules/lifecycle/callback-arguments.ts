/**
 * A node-style callback as a command's last argument. ioredis calls it with `(null, reply)` or `(error)` one
 * microtask after the reply arrives; GLIDE takes none. The callback moves onto the reply's promise as the two
 * handlers of one `.then`, so it runs as soon as it did before, in the order the replies arrive:
 * `redis.get(k, cb)` → `redis.get(k).then((reply) => cb(null, reply), (error) => cb(error))`. This rule only says
 * who reads the reply (`readReplyWithCallback`); the placement step builds the `.then`, folding the reply
 * conversion of the call's own rule into the first handler (`cb(null, Number(reply))`) rather than costing a
 * `.then` of its own. A function written in place is given a name first, in a `const` just above
 * the statement, so that both handlers can call it. node-redis (v4 and later) never calls a function argument;
 * it is dropped, with a TODO since the author expected it to run. A call whose promise is also used, whose
 * callback takes other parameters, or whose function cannot be named where it stands is flagged and left as it is.
 * A function given by a name the file does not declare as one (`resolve` of a `new Promise` executor) is called the
 * same way in JavaScript. An ioredis last argument that may be a function or a value (a parameter, a property
 * read: see support/possible-callback.ts) is flagged and left: ioredis decides at run time. The callback of a
 * command queued on a pipeline is taken off here and called from the command's slot of the batch's reply
 * (batch-results).
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { functionOfArgument } from '../../engine/analyse/client-flow.js';
import { describeResultUse } from '../../engine/analyse/result-use.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { possibleCallback } from '../support/possible-callback.js';
import { quoteSource } from '../support/statements.js';
import { declareAbove, freshCallbackName, statementToDeclareBefore, typedForTypeScript, type FunctionLike } from '../support/callback-declaration.js';

function functionOf(callback: ASTPath): FunctionLike | undefined {
  return functionOfArgument(callback)?.node as unknown as FunctionLike | undefined;
}

/**
 * How many arguments a TypeScript call may pass: ioredis' `Callback<T>` let `() => ...` take `(null, reply)`, a
 * direct call does not. A function that reads `arguments` sees them all, as it did.
 */
function declaredArity(context: RuleContext, fn: FunctionLike | undefined): number | undefined {
  const { j } = context;
  if (!fn || j(fn as never).find(j.Identifier, { name: 'arguments' }).size() > 0) return undefined;
  return fn.params.length;
}

/** Why the callback cannot move onto the promise, if it cannot. */
function problemWith(context: RuleContext, call: ClientCall, callback: ASTPath): string | undefined {
  if (describeResultUse(call.path).used) return 'and its promise is used as well (ioredis resolved it with the reply, not with what the callback returns)';
  const fn = functionOf(callback);
  if (!fn) {
    // A function the file does not show (a `new Promise` executor's resolve, a parameter typed as a function):
    // called as ioredis called it, `(null, reply)` or `(error)`, which TypeScript may refuse for its declared type.
    return context.typeScript ? 'whose parameters the codemod cannot see (call it from a function written in place)' : undefined;
  }
  const plain = fn.params.length <= 2 && fn.params.every((param) => param.type === 'Identifier');
  if (!plain) return 'that takes parameters other than (error, reply)';
  if (context.typeScript && !typedForTypeScript(fn)) {
    return 'whose parameters took their types from ioredis (declare them, `(error?: Error | null, reply?: T)`, and run the codemod again)';
  }
  if (callback.node.type === 'Identifier') return undefined;
  return statementToDeclareBefore(call.path) ? undefined : 'written where no statement of its own can name it first (a loop without braces, an arrow’s expression body)';
}

function moveOntoPromise(context: RuleContext, call: ClientCall, callback: ASTPath): void {
  const node = callback.node as unknown as FunctionLike;
  let name: string;
  if (node.type === 'Identifier') {
    name = String(node.name);
  } else {
    const statement = statementToDeclareBefore(call.path) as ASTPath;
    name = freshCallbackName(context, call.path, statement, node, `${call.method}Callback`);
    declareAbove(context, statement, name, node as unknown as ExpressionKind);
  }
  const arity = context.typeScript ? declaredArity(context, functionOf(callback)) : undefined;
  callback.prune();
  // The placement step builds the one `.then` that also carries the reply conversion of the call's own rule.
  context.readReplyWithCallback(call, { name, arity });
  context.recordEdit(call.path.node, `the callback of ${call.method}() runs when its promise settles`);
}

export const callbackArguments = defineFileRule({
  id: 'callback-arguments',
  phase: 'callbacks',
  summary: 'ioredis node-style callbacks move onto the reply’s promise; node-redis never called them and they are dropped',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    let clientCalls: ReadonlySet<unknown> | undefined;
    for (const call of context.analysis.calls) {
      const { callback } = call;
      if (!context.willBeMigrated(call)) continue;
      clientCalls ??= new Set(context.analysis.calls.map((each) => each.path.node));
      const unsure = !callback && call.binding.library === 'ioredis' ? possibleCallback(call, clientCalls) : undefined;
      if (unsure) {
        const quoted = quoteSource(context, unsure.node);
        context.flag(call.path, `the last argument of ${call.method}() (\`${quoted}\`) may be a function, which ioredis would call with the reply instead of sending it; the codemod cannot tell. Migrate it by hand`, { client: call.binding });
        context.leaveAsIs(call);
        continue;
      }
      if (!callback) continue;
      if (call.batch?.role === 'entry') {
        // Called from the command's slot of the batch's reply (batch-results), or left as written with its batch.
        if (call.batch.callback && !call.batch.batch.problem) callback.prune();
        else context.leaveAsIs(call);
        continue;
      }
      if (call.binding.library === 'node-redis') {
        const quoted = quoteSource(context, callback.node);
        callback.prune();
        context.note(call.path, `node-redis never called the function passed to ${call.method}() (\`${quoted}\`); it is dropped. Use the reply of the awaited call instead`);
        continue;
      }
      const problem = problemWith(context, call, callback);
      if (problem) {
        context.flag(call.path, `${call.method}() is given a callback ${problem}; migrate it by hand`, { client: call.binding });
        context.leaveAsIs(call);
        continue;
      }
      moveOntoPromise(context, call, callback);
    }
  },
});
