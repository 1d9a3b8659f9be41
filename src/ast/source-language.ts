/**
 * Which parser a file needs, decided by its extension alone. recast's bundled `babel-ts` is avoided on purpose:
 * it turns JSX on for TypeScript and then fails on `<T>value` casts, which are valid in `.ts` files.
 */
import path from 'node:path';

export type ParserName = 'ts' | 'tsx' | 'babel';

const PARSER_BY_EXTENSION: Readonly<Record<string, ParserName>> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
  '.js': 'babel',
  '.mjs': 'babel',
  '.cjs': 'babel',
  '.jsx': 'babel',
};

export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(PARSER_BY_EXTENSION);

export function findParserFor(file: string): ParserName | undefined {
  return PARSER_BY_EXTENSION[path.extname(file).toLowerCase()];
}

export function isTypeScriptFile(file: string): boolean {
  const parser = findParserFor(file);
  return parser === 'ts' || parser === 'tsx';
}
