/** jscodeshift's parser set-ups by name (untyped in @types/jscodeshift): a bare `parse(text)`, no recast tree. */
declare module 'jscodeshift/src/getParser.js' {
  const getParser: (name: string) => { parse(text: string): unknown };
  export default getParser;
}

/** jscodeshift's parser options for its `ts` and `tsx` parsers (the `tsx` one adds the `jsx` plugin). */
declare module 'jscodeshift/parser/tsOptions.js' {
  import type { ParserOptions } from '@babel/parser';
  const options: ParserOptions;
  export default options;
}
