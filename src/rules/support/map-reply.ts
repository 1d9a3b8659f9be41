/**
 * A map reply read back in the source client's shape. `customCommand` answers a map (MEMORY STATS) as GLIDE's
 * `{ key, value }` records, a nested map (MEMORY STATS' `db.0`) as records too. ioredis answered the server's flat
 * `[name, value, ...]` list, a nested map a flat list, and a double as the server's text (`"99.7"`), which
 * `String(value)` gives back for ordinary values, not for all: below 1e-4 the server may write an exponent where
 * JavaScript does not (`1.25e-5` for `0.0000125`, checked live). node-redis 6 answered an object by the server's
 * names, a nested map an object, every value a number as in GLIDE. The records keep the server's order, and so do
 * the rebuilt list and object (no name is integer-like).
 */
import { CodeTemplate } from '../../ast/code-template.js';
import type { SourceLibrary } from '../../engine/analyse/types.js';
import type { ReplyConversion } from '../../engine/rewrite/rule.js';

/** The records' type in TypeScript, where `customCommand` is typed GlideReturnType. */
const RECORDS = '{ key: string; value: number | { key: string; value: number }[] }[]';

/** The conversion of a map reply for the source library; `doubles` are the fields ioredis answered as text. */
export function mapReplyConversion(library: SourceLibrary, doubles: readonly string[]): ReplyConversion {
  const names = `[${doubles.map((name) => `'${name}'`).join(', ')}]`;
  return {
    singleUse: true,
    convert: (reply, { j, typeScript }) => {
      // The cast as template text, which keeps its type on one line.
      const records = (template: CodeTemplate) => (typeScript ? template.text('(').node(reply).text(` as ${RECORDS})`) : template.node(reply));
      const template = library === 'ioredis'
        ? records(new CodeTemplate()).text(`.flatMap(({ key, value }) => [key, Array.isArray(value) ? value.flatMap((field) => [field.key, field.value]) : ${names}.includes(key) ? String(value) : value])`)
        : records(new CodeTemplate().text('Object.fromEntries(')).text('.map(({ key, value }) => [key, Array.isArray(value) ? Object.fromEntries(value.map((field) => [field.key, field.value])) : value]))');
      return template.toExpression(j);
    },
  };
}
