/**
 * A member of one of GLIDE's option enums (`ExpireOptions.HasNoExpiry`, `ListDirection.LEFT`), imported from
 * `@valkey/valkey-glide`: the migrated code names the option instead of repeating the enum's string value.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';

export function glideEnumMember(context: RuleContext, enumName: string, member: string): ExpressionKind {
  context.useGlideExport(enumName);
  return context.j.memberExpression(context.j.identifier(enumName), context.j.identifier(member));
}
