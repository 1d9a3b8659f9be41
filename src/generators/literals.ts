/**
 * The only ways a user value enters generated code: as a string, number or boolean literal node, or as an
 * identifier node whose name was checked. recast prints literal nodes with escapes, so quotes, backticks,
 * `${`, comment ends and line terminators stay inside the string.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { isIdentifierName } from './option-schemas.js';

export const stringValue = (j: JSCodeshift, value: string): ExpressionKind => j.stringLiteral(value);

export function numberValue(j: JSCodeshift, value: number): ExpressionKind {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`a generated number literal must be finite and not negative, got ${value}`);
  return j.numericLiteral(value);
}

export const booleanValue = (j: JSCodeshift, value: boolean): ExpressionKind => j.booleanLiteral(value);

export function identifierValue(j: JSCodeshift, name: string): ExpressionKind {
  if (!isIdentifierName(name)) throw new RangeError(`'${name}' is not an identifier`);
  return j.identifier(name);
}
