/**
 * The items of one SCAN-family page as node-redis gave them, rebuilt from GLIDE's flat list (the server's, as
 * ioredis also answered it): keys and members as they are; HSCAN's `[field, value, ...]` as `{ field, value }`
 * objects, or the values alone; ZSCAN's `[member, score text, ...]` as `{ value, score }` with the score a number
 * (`'inf'` and `'-inf'` read as node-redis reads them, `Infinity` and `-Infinity`).
 */
import type { JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { CodeTemplate } from '../../ast/code-template.js';

export type ScanItems = 'as-is' | 'fields-and-values' | 'values' | 'members-and-scores';

/** node-redis' type for the items, for the TypeScript cast (GLIDE's are `string | Buffer`). */
export const SCAN_ITEM_TYPES: Readonly<Record<ScanItems, string>> = {
  'as-is': 'string[]',
  'fields-and-values': '{ field: string; value: string }[]',
  values: 'string[]',
  'members-and-scores': '{ value: string; score: number }[]',
};

/** `list` is read more than once: a name or a property read. */
export function scanItems(j: JSCodeshift, list: ExpressionKind, items: ScanItems): ExpressionKind {
  const pairs = (build: (template: CodeTemplate) => CodeTemplate) =>
    build(new CodeTemplate().text('Array.from({ length: ').node(list).text('.length / 2 }, (_, index) => ({ ')).text(' }))').toExpression(j);
  switch (items) {
    case 'as-is':
      return list;
    case 'values':
      return new CodeTemplate().node(list).text('.filter((_, index) => index % 2 === 1)').toExpression(j);
    case 'fields-and-values':
      return pairs((template) => template.text('field: ').node(list).text('[2 * index], value: ').node(list).text('[2 * index + 1]'));
    case 'members-and-scores':
      return pairs((template) =>
        template.text('value: ').node(list).text("[2 * index], score: Number(String(").node(list).text("[2 * index + 1]).replace('inf', 'Infinity'))"),
      );
  }
}
