/**
 * GLIDE's `SetOptions` object for `set(key, value, options)`, which the SET family (SET with tokens, SETEX,
 * PSETEX, SETNX, GETSET) all become: `{ expiry, conditionalSet, returnOldValue }`, printed on one line. GLIDE
 * writes the tokens to the wire in its own fixed order, which the server accepts in any order.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { inlineObject } from '../ast/inline-object.js';

export interface GlideSetOptions {
  /** From `glideExpiry(..., 'count')`, or KEEPTTL. */
  readonly expiry?: ExpressionKind | 'keepExisting';
  readonly conditionalSet?: 'onlyIfExists' | 'onlyIfDoesNotExist';
  readonly returnOldValue?: boolean;
  /** `Decoder.Bytes`, for a reply read as a Buffer (ioredis' setBuffer). */
  readonly decoder?: ExpressionKind;
}

export function glideSetOptions(j: JSCodeshift, options: GlideSetOptions): ExpressionKind {
  const entries: [string, ExpressionKind][] = [];
  if (options.expiry) entries.push(['expiry', options.expiry === 'keepExisting' ? j.stringLiteral('keepExisting') : options.expiry]);
  if (options.conditionalSet) entries.push(['conditionalSet', j.stringLiteral(options.conditionalSet)]);
  if (options.returnOldValue) entries.push(['returnOldValue', j.booleanLiteral(true)]);
  if (options.decoder) entries.push(['decoder', options.decoder]);
  return inlineObject(j, entries);
}
