/**
 * The reply's name for one more use in a conversion that names it more than once (not single-use): the placement
 * hands such a conversion a name (a `.then` parameter), and each use needs its own node.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { CodeTemplate } from '../../ast/code-template.js';

export function replyName(reply: ExpressionKind, j: JSCodeshift): ExpressionKind {
  return reply.type === 'Identifier' ? j.identifier(reply.name) : reply;
}

/** `reply === null ? null : <built from reply>`: a conversion of a reply that is null when a wait or a pop found nothing. */
export function nullOr(reply: ExpressionKind, j: JSCodeshift, build: (template: CodeTemplate) => CodeTemplate): ExpressionKind {
  return build(new CodeTemplate().node(replyName(reply, j)).text(' === null ? null : ')).toExpression(j);
}
