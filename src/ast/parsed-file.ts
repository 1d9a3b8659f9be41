/**
 * A source file as the codemod holds it: its text, the parser its extension chose, jscodeshift's API for that
 * parser, and the recast tree every later step reads and changes.
 */
import type { Collection, JSCodeshift } from 'jscodeshift';
import type { ParserName } from './source-language.js';

export interface ParsedFile {
  readonly path: string;
  readonly text: string;
  readonly parser: ParserName;
  readonly j: JSCodeshift;
  readonly root: Collection;
}
