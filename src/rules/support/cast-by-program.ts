/**
 * Whether the program already casts the call's value itself (`(await redis.script('LOAD', code)) as string`): a
 * rule then leaves the typing of a `customCommand` reply to that cast instead of writing a second one.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf } from '../../ast/node.js';

const SEE_THROUGH = new Set(['AwaitExpression', 'ParenthesizedExpression']);

export function isCastByProgram(call: ASTPath): boolean {
  let current = call.parent as ASTPath | null;
  while (current && SEE_THROUGH.has(nodeOf(current).type)) current = current.parent as ASTPath | null;
  const type = current ? nodeOf(current).type : undefined;
  return type === 'TSAsExpression' || type === 'TSTypeAssertion' || type === 'TSSatisfiesExpression';
}
