/**
 * The text ioredis returns for a sorted-set score, rebuilt from the number GLIDE returns. ioredis passes the
 * server's reply on as a string; GLIDE parses it. `String(score)` gives the server's text back for every finite
 * score (checked against valkey-server for 0.1, 1.5, 1/3, 1e21, 1e-7, 5e-324, 2^53 and -0, which the server
 * also writes `0`), but the server writes the infinities `inf` and `-inf` where JavaScript writes `Infinity`
 * and `-Infinity`, so those are renamed. No finite number's text contains `Infinity`.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { CodeTemplate } from '../../ast/code-template.js';

/**
 * `String(score).replace('Infinity', 'inf')`. With `orNull` the score is named twice, so it must be a name:
 * `score === null ? null : String(score).replace('Infinity', 'inf')`, for replies that may be null.
 */
export function scoreText(j: JSCodeshift, score: ExpressionKind, options: { readonly orNull?: boolean } = {}): ExpressionKind {
  const text = new CodeTemplate().text('String(').node(score).text(").replace('Infinity', 'inf')").toExpression(j);
  if (!options.orNull || score.type !== 'Identifier') return text;
  const isNull = j.binaryExpression('===', j.identifier(score.name), j.nullLiteral());
  return j.conditionalExpression(isNull, j.nullLiteral(), text);
}
