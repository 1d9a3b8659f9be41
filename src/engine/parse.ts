/**
 * Turns source text into a recast AST through jscodeshift, so that printing later reprints only what a rule
 * changed. A syntax error becomes a ParseError with the file, line and column, never a stack trace.
 */
import jscodeshift, { type API, type JSCodeshift } from 'jscodeshift';
import getSyntaxParser from 'jscodeshift/src/getParser.js';
import typeScriptOptions from 'jscodeshift/parser/tsOptions.js';
import { parse as babelParse, type ParserOptions } from '@babel/parser';
import { InvalidRequestError, ParseError } from './errors.js';
import type { ParsedFile } from '../ast/parsed-file.js';
import { findParserFor, type ParserName } from '../ast/source-language.js';


interface BabelSyntaxError {
  readonly loc?: { line: number; column: number };
  readonly reasonCode?: string;
  readonly message: string;
}

// jscodeshift's `withParser` builds a new API object (every builder and named type copied onto it) per call.
const apiByParser = new Map<ParserName, JSCodeshift>();

/** jscodeshift's API for a parser, built once. */
export function jscodeshiftFor(parser: ParserName): JSCodeshift {
  let j = apiByParser.get(parser);
  if (!j) {
    j = jscodeshift.withParser(parser);
    apiByParser.set(parser, j);
  }
  return j;
}

export function parseSource(file: string, text: string, parser?: ParserName): ParsedFile {
  const chosen = parser ?? findParserFor(file);
  if (!chosen) throw new InvalidRequestError(`not a JavaScript or TypeScript file`, file);
  const j = jscodeshiftFor(chosen);
  try {
    return { path: file, text, parser: chosen, j, root: j(text) };
  } catch (error) {
    throw toParseError(file, error);
  }
}

/**
 * jscodeshift's TypeScript grammars (its shared options, `jsx` added for TSX) without the token list recast needs
 * and a syntax check does not (a third of the parse). Its Babel grammar's options are not exported: that one is
 * checked through jscodeshift's parser as it is.
 */
const SYNTAX_ONLY: Partial<Record<ParserName, ParserOptions>> = {
  ts: { ...typeScriptOptions, tokens: false },
  tsx: { ...typeScriptOptions, tokens: false, plugins: ['jsx', ...(typeScriptOptions.plugins ?? [])] },
};

/**
 * Throws a ParseError where `text` is not valid in `parser`'s grammar. jscodeshift's own parser set-up for that
 * name (the same plugins), without recast's copy of the tree: syntax only.
 */
export function checkSyntax(file: string, text: string, parser: ParserName): void {
  try {
    const options = SYNTAX_ONLY[parser];
    if (options) babelParse(text, options);
    else getSyntaxParser(parser).parse(text);
  } catch (error) {
    throw toParseError(file, error);
  }
}

/** Adapts jscodeshift's `api` (as handed to a transform) to the same shape. */
export function parseWithApi(file: string, text: string, api: API): ParsedFile {
  const parser = findParserFor(file) ?? 'babel';
  try {
    return { path: file, text, parser, j: api.jscodeshift, root: api.jscodeshift(text) };
  } catch (error) {
    throw toParseError(file, error);
  }
}

function toParseError(file: string, error: unknown): ParseError | unknown {
  const syntax = error as BabelSyntaxError;
  if (!(error instanceof SyntaxError) && !syntax?.loc) return error;
  const line = syntax.loc?.line ?? 1;
  const column = (syntax.loc?.column ?? 0) + 1;
  const reason = syntax.message.replace(/\s*\(\d+:\d+\)$/, '');
  return new ParseError(file, line, column, reason);
}
