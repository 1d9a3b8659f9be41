/**
 * Small operations on a client call node shared by the command rules: rename the method, replace the
 * arguments, and coerce positional arguments to the types GLIDE's signatures declare (in TypeScript files).
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { argumentPaths, asGlideString, type ArgumentKind } from '../support/arguments.js';
import { shapeOfValue } from '../support/value-shape.js';

export function setMethod(call: ClientCall, context: RuleContext, method: string): void {
  const callee = call.path.node.callee as { property: unknown };
  if ((callee.property as { name?: string }).name !== method) callee.property = context.j.identifier(method);
}

export function setArguments(call: ClientCall, args: readonly ArgumentKind[]): void {
  call.path.node.arguments = [...args];
}

/**
 * Parameter kinds, one letter each: `s` a GlideString (a number becomes a string in TypeScript), `n` a number
 * (a numeric string literal becomes a number in TypeScript), `a` anything, passed as is.
 */
export function coercePositional(call: ClientCall, context: RuleContext, kinds: string): ArgumentKind[] {
  const { j, typeScript } = context;
  return argumentPaths(call.path).map((path: ASTPath, index) => {
    const kind = kinds[index] ?? 'a';
    const node = path.node as unknown as ExpressionKind;
    if (kind === 's') return asGlideString(j, path, typeScript);
    if (kind === 'n' && typeScript && shapeOfValue(path) === 'string') {
      const literal = node as { type: string; value?: unknown };
      if (literal.type === 'StringLiteral' && /^-?\d+(\.\d+)?$/.test(String(literal.value))) {
        return j.numericLiteral(Number(literal.value));
      }
      return j.callExpression(j.identifier('Number'), [node]);
    }
    return node;
  });
}

/** Whether the call's arguments all are plain expressions (no `...spread`), as positional rewrites need. */
export function hasOnlyPositionalArguments(call: ClientCall): boolean {
  return call.path.node.arguments.every((argument) => argument.type !== 'SpreadElement');
}
