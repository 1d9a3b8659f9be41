/**
 * node-redis' scan iterators (`scanIterator`, `hScanIterator`, ...) as the loop they run, over GLIDE's scan
 * method: an async generator, called at once, that asks for page after page from the start cursor until the server
 * answers cursor `'0'` and yields each page's items as node-redis did (an empty page included). The receiver, key
 * and options are read again for each page, so the rule passes only expressions without side effects. The cursor
 * is read with `String(next)`: with the Bytes decoder GLIDE answers SCAN's and SSCAN's cursors as Buffers (checked
 * live), HSCAN's and ZSCAN's as strings.
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { CodeTemplate } from '../../ast/code-template.js';
import { SCAN_ITEM_TYPES, scanItems, type ScanItems } from './scan-items.js';

/**
 * ioredis' scan streams, by the GLIDE method their loop calls. Their value is a stream, not a promise: a call on a
 * client held as a promise stays a call (its loop awaits the client inside), never a callback on the promise.
 */
export const IOREDIS_SCAN_STREAMS: Readonly<Record<string, 'scan' | 'sscan' | 'hscan' | 'zscan'>> = {
  scanStream: 'scan',
  sscanStream: 'sscan',
  hscanStream: 'hscan',
  zscanStream: 'zscan',
  // The Buffer twins (the catalogue's ioredisBuffer): the same loop with GLIDE's Bytes decoder.
  scanBufferStream: 'scan',
  sscanBufferStream: 'sscan',
  hscanBufferStream: 'hscan',
  zscanBufferStream: 'zscan',
};

/** The names the loop declares; the expressions put in it must not read other variables of these names. */
export const SCAN_LOOP_NAMES: readonly string[] = ['cursor', 'next', 'items'];

export interface ScanLoop {
  readonly receiver: ExpressionKind;
  readonly method: string;
  readonly key?: ExpressionKind;
  readonly options?: ExpressionKind;
  /** The first cursor: `'0'`, or the iterator's `cursor` option. */
  readonly start: ExpressionKind;
  readonly items: ScanItems;
  readonly typeScript: boolean;
  /** The options ask for GLIDE's Bytes decoder: the items are Buffers (in TypeScript, cast as such). */
  readonly buffers?: boolean;
}

export function scanLoop(j: JSCodeshift, loop: ScanLoop): ExpressionKind {
  const template = new CodeTemplate().text('(async function* () {\n  let cursor = ').node(loop.start);
  template.text(';\n  do {\n    const [next, items] = await ').node(loop.receiver).text(`.${loop.method}(`);
  if (loop.key) template.node(loop.key).text(', ');
  template.text('cursor');
  if (loop.options) template.text(', ').node(loop.options);
  template.text(');\n    cursor = String(next);\n    yield ').node(scanItems(j, j.identifier('items'), loop.items));
  if (loop.typeScript) template.text(` as ${loop.buffers ? SCAN_ITEM_TYPES[loop.items].replace(/\bstring\b/g, 'Buffer') : SCAN_ITEM_TYPES[loop.items]}`);
  return template.text(";\n  } while (cursor !== '0');\n})()").toExpression(j);
}
