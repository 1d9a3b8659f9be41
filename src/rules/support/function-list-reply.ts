/**
 * FUNCTION LIST's reply. GLIDE's `functionList` answers one record per library, `{ library_name, engine,
 * functions: [{ name, description, flags }], library_code? }`, which is node-redis' object field for field (checked
 * live, with and without WITHCODE, a null description and empty flags); only its TypeScript type is looser. ioredis
 * answered the server's RESP2 reply, flat name / value lists in that order, which is rebuilt from the records.
 */
import { CodeTemplate } from '../../ast/code-template.js';
import type { ReplyConversion } from '../../engine/rewrite/rule.js';

/** node-redis' type of the reply (and, in TypeScript, what GLIDE's records are read as to rebuild ioredis'). */
export function functionListType(withCode: boolean): string {
  const code = withCode ? '; library_code: string' : '';
  return `{ library_name: string; engine: string; functions: { name: string; description: string | null; flags: string[] }[]${code} }[]`;
}

/** GLIDE's records as ioredis' lists: `[['library_name', name, 'engine', engine, 'functions', [...], ...]]`. */
export function functionListAsArrays(withCode: boolean): ReplyConversion {
  return {
    singleUse: true,
    convert: (reply, { j, typeScript }) => {
      const records = typeScript ? new CodeTemplate().text('(').node(reply).text(` as ${functionListType(withCode)})`) : new CodeTemplate().node(reply);
      return records
        .text(".map((library) => [\n  'library_name', library.library_name, 'engine', library.engine,\n")
        .text("  'functions', library.functions.map((fn) => ['name', fn.name, 'description', fn.description, 'flags', fn.flags]),\n")
        .text(withCode ? "  'library_code', library.library_code,\n])" : '])')
        .toExpression(j);
    },
  };
}
