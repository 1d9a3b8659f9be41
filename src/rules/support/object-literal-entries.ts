/**
 * Reads an object literal written in the source (`{ EX: 10, NX: true }`) as option name → path of its value,
 * for rules that translate option objects. Returns `undefined` when the names are not all known from the
 * syntax (a spread, a computed key, a method or accessor) or a name repeats: the options would then only be
 * known at run time.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';

/** `ObjectProperty` in TypeScript files, ESTree `Property` (`kind: 'init'`) in JavaScript files. */
function keyName(property: NodeLike): string | undefined {
  const plain = property.type === 'ObjectProperty' || (property.type === 'Property' && property.kind === 'init' && !property.method);
  if (!plain || property.computed) return undefined;
  const key = property.key as NodeLike;
  if (key.type === 'Identifier') return String(key.name);
  if (['StringLiteral', 'NumericLiteral', 'Literal'].includes(key.type)) return String(key.value);
  return undefined;
}

export function objectLiteralEntries(path: ASTPath): ReadonlyMap<string, ASTPath> | undefined {
  const node = nodeOf(path);
  if (node.type !== 'ObjectExpression') return undefined;
  const entries = new Map<string, ASTPath>();
  const properties = node.properties as readonly NodeLike[];
  for (let index = 0; index < properties.length; index += 1) {
    const name = keyName(properties[index]);
    if (name === undefined || entries.has(name)) return undefined;
    entries.set(name, path.get('properties', index, 'value') as ASTPath);
  }
  return entries;
}
