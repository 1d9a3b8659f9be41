/** jscodeshift's parser set-ups by name (untyped in @types/jscodeshift): a bare `parse(text)`, no recast tree. */
declare module 'jscodeshift/src/getParser.js' {
  const getParser: (name: string) => { parse(text: string): unknown };
  export default getParser;
}
