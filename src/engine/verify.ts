/**
 * Re-parses what the rules produced, with the same grammar as the input but no rewritable tree. Output that no
 * longer parses is a codemod defect: it is reported with the place, and the file is not written.
 */
import { ParseError, RewriteVerificationError } from './errors.js';
import { checkSyntax } from './parse.js';
import type { ParsedFile } from '../ast/parsed-file.js';

export function verifyReparses(original: ParsedFile, output: string): void {
  try {
    checkSyntax(original.path, output, original.parser);
  } catch (error) {
    if (error instanceof ParseError) {
      throw new RewriteVerificationError(original.path, error.line ?? 1, error.column ?? 1, error.message);
    }
    throw error;
  }
}
