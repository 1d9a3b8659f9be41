/**
 * A keyword argument that GLIDE takes as a member of one of its enums (CLIENT PAUSE's `'WRITE'` as
 * `ClientPauseMode.WRITE`). The enum's values are the keywords themselves, so a keyword computed at run time is
 * passed as it is, which GLIDE sends as the same text (the server reads it case-insensitively, as from the source
 * clients); TypeScript only needs it cast to the enum. A literal that is no member answers undefined: the call is
 * flagged rather than sent with a keyword GLIDE's types do not know.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import type { KeywordEnum } from '../../knowledge/commands/types.js';
import { typeNode } from '../../engine/rewrite/type-text.js';
import { glideEnumMember } from './glide-enum.js';
import { literalToken } from '../../ast/literal-token.js';
import { literalValue } from '../../ast/literal-value.js';

export function keywordEnumArgument(context: RuleContext, path: ASTPath, keywords: KeywordEnum): ExpressionKind | undefined {
  const node = path.node as unknown as ExpressionKind;
  const keyword = literalToken(node);
  if (keyword !== undefined) return keywords.members.includes(keyword) ? glideEnumMember(context, keywords.name, keyword) : undefined;
  // A number or another literal is no keyword at all.
  if (literalValue(node) !== undefined) return undefined;
  if (!context.typeScript) return node;
  context.useGlideExport(keywords.name);
  return context.j.tsAsExpression(node, typeNode(keywords.name));
}
