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
  return inlineRecord(j, properties.map(([name, value]) => [{ name }, value]));
}

/** A property key: one of our names, a string the source wrote (`'maxmemory-policy'`), or a computed key. */
export type RecordKey = { readonly name: string } | { readonly written: ExpressionKind };

/**
 * The same one-line object with keys from the source: a string literal is written as the key, any other
 * expression as a computed key (`{ [setting]: 'Ex' }`).
 */
export function inlineRecord(j: JSCodeshift, properties: readonly (readonly [key: RecordKey, value: ExpressionKind])[]): ExpressionKind {
  const template = new CodeTemplate().text('[{ ');
  properties.forEach(([key, value], index) => {
    if (index > 0) template.text(', ');
    if ('name' in key) template.text(key.name);
    else if (key.written.type === 'StringLiteral' || (key.written.type === 'Literal' && typeof key.written.value === 'string')) template.node(key.written);
    else template.text('[').node(key.written).text(']');
    template.text(': ').node(value);
  });
  const array = template.text(' }]').toExpression(j) as { elements: ExpressionKind[] };
  return array.elements[0];
}
