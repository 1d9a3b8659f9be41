/**
 * GLIDE's `SetOptions` object for `set(key, value, options)`, which the SET family (SET with tokens, SETEX,
 * PSETEX, SETNX, GETSET) all become: `{ expiry, conditionalSet, returnOldValue }`, printed on one line. GLIDE
 * writes the tokens to the wire in its own fixed order, which the server accepts in any order.
 */
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { RuleContext } from '../rule.js';
import { CodeTemplate } from './code-template.js';

export interface GlideSetOptions {
  /** From `glideExpiry(..., 'count')`, or KEEPTTL. */
  readonly expiry?: ExpressionKind | 'keepExisting';
  readonly conditionalSet?: 'onlyIfExists' | 'onlyIfDoesNotExist';
  readonly returnOldValue?: boolean;
}

export function glideSetOptions(context: RuleContext, options: GlideSetOptions): ExpressionKind {
  const { j } = context;
  const entries: [string, ExpressionKind][] = [];
  if (options.expiry) entries.push(['expiry', options.expiry === 'keepExisting' ? j.stringLiteral('keepExisting') : options.expiry]);
  if (options.conditionalSet) entries.push(['conditionalSet', j.stringLiteral(options.conditionalSet)]);
  if (options.returnOldValue) entries.push(['returnOldValue', j.booleanLiteral(true)]);
  const template = new CodeTemplate().text('{ ');
  entries.forEach(([name, value], index) => template.text(`${index > 0 ? ', ' : ''}${name}: `).node(value));
  return template.text(' }').toExpression(j);
}
