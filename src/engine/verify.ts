/**
 * Re-parses what the rules produced. Output that no longer parses is a codemod defect: it is reported with
 * the place, and the file is not written.
 */
import { ParseError, RewriteVerificationError } from './errors.js';
import { parseSource, type ParsedFile } from './parse.js';

export function verifyReparses(original: ParsedFile, output: string): void {
  try {
    parseSource(original.path, output, original.parser);
  } catch (error) {
    if (error instanceof ParseError) {
      throw new RewriteVerificationError(original.path, error.line ?? 1, error.column ?? 1, error.message);
    }
    throw error;
  }
}
