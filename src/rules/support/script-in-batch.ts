/**
 * A script the program defined on the client, run from a batch: GLIDE's `Batch` has no `invokeScript`, so the call
 * is queued as `customCommand(['EVAL', code, '<key count>', ...keys, ...args])`, the same script with the same
 * keys and arguments, answering what the source client's EVALSHA answered. Code a definition computes (read from
 * a file) exists only as the Script made from it, so a call of such a script is not queued: the reason is returned.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { moduleConstantReference, type ScriptCode } from './script-code.js';
import { setArguments, setMethod } from '../commands/call-shape.js';

export function queueScriptEval(call: ClientCall, context: RuleContext, code: ScriptCode, keys: readonly ExpressionKind[], args: readonly ExpressionKind[]): string | undefined {
  const { j } = context;
  if (code.kind === 'defined-once') return "its Lua code is computed by its definition, and GLIDE's Batch has no invokeScript: a batch sends the code itself";
  const text = code.kind === 'literal' ? j.stringLiteral(code.text) : moduleConstantReference(j, code);
  setMethod(call, context, 'customCommand');
  setArguments(call, [j.arrayExpression([j.stringLiteral('EVAL'), text, j.stringLiteral(String(keys.length)), ...keys, ...args])]);
  context.recordEdit(call.path.node, `${call.method}(...) queued on a batch → customCommand(['EVAL', code, ...])`);
  return undefined;
}
