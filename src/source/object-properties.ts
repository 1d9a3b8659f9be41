/**
 * Reads an object literal's properties by name (`{ host: h, 'port': p }`); a spread or computed key makes the
 * object unreadable, because then we cannot know which options the program passes.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { NodeLike } from '../ast/node.js';

export interface ReadProperties {
  readonly entries: ReadonlyMap<string, ExpressionKind>;
  readonly readable: boolean;
}

export function readObjectLiteral(node: unknown): ReadProperties {
  const object = node as NodeLike;
  const entries = new Map<string, ExpressionKind>();
  if (object.type !== 'ObjectExpression') return { entries, readable: false };
  for (const property of object.properties as NodeLike[]) {
    if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed) {
      return { entries, readable: false };
    }
    const key = property.key as NodeLike;
    const name = key.type === 'Identifier' ? key.name : key.value;
    if (typeof name !== 'string') return { entries, readable: false };
    entries.set(name, property.value as ExpressionKind);
  }
  return { entries, readable: true };
}
