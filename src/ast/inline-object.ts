/**
 * A small options object printed on one line (`{ expireOption: ExpireOptions.HasNoExpiry }`), built from our
 * own property names with AST nodes as values. recast prints a freshly built object over several lines; an
 * object taken out of a parsed template keeps the template's layout, but only when it is not the template's
 * root, so the object is parsed as the element of an array and taken out of it.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { CodeTemplate } from './code-template.js';

export function inlineObject(j: JSCodeshift, properties: readonly (readonly [name: string, value: ExpressionKind])[]): ExpressionKind {
  const template = new CodeTemplate().text('[{ ');
  properties.forEach(([name, value], index) => template.text(`${index > 0 ? ', ' : ''}${name}: `).node(value));
  const array = template.text(' }]').toExpression(j) as { elements: ExpressionKind[] };
  return array.elements[0];
}
