/**
 * Every error the engine raises on purpose. Each one names the file (and, where there is one, the line and
 * column) so that the CLI, the MCP tools and the report can point at the exact place without parsing messages.
 */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export abstract class CodemodError extends Error {
  abstract readonly code: string;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  protected constructor(message: string, where?: Partial<SourceLocation>) {
    super(message);
    this.name = new.target.name;
    this.file = where?.file;
    this.line = where?.line;
    this.column = where?.column;
  }

  /** `file:line:column: message`, the form editors and terminals turn into links. */
  get located(): string {
    if (!this.file) return this.message;
    const position = this.line === undefined ? '' : `:${this.line}:${this.column ?? 1}`;
    return `${this.file}${position}: ${this.message}`;
  }
}

/** The file is not valid JavaScript or TypeScript for the parser chosen by its extension. */
export class ParseError extends CodemodError {
  readonly code = 'parse-error';
  constructor(file: string, line: number, column: number, reason: string) {
    super(`syntax error: ${reason}`, { file, line, column });
  }
}

/** The file could not be read (missing, a directory, no permission, not UTF-8 text). */
export class UnreadableFileError extends CodemodError {
  readonly code = 'unreadable-file';
  constructor(file: string, reason: string) {
    super(`cannot read file: ${reason}`, { file });
  }
}

/** The rewritten file no longer parses: a defect in a rule, reported instead of written. */
export class RewriteVerificationError extends CodemodError {
  readonly code = 'rewrite-verification';
  constructor(file: string, line: number, column: number, reason: string) {
    super(`the migrated code does not parse (a codemod defect, nothing was written): ${reason}`, {
      file,
      line,
      column,
    });
  }
}

/** Writing the migrated project failed; the staged files were removed and nothing was replaced. */
export class WriteError extends CodemodError {
  readonly code = 'write-failed';
  constructor(file: string, reason: string) {
    super(`cannot write: ${reason}`, { file });
  }
}

/** A caller asked for something the engine cannot do (bad arguments, a path outside the project, ...). */
export class InvalidRequestError extends CodemodError {
  readonly code = 'invalid-request';
  constructor(message: string, file?: string) {
    super(message, { file });
  }
}

/**
 * Something went wrong inside the codemod itself (parse, analysis, a rule, printing): a defect, not the user's
 * mistake. It fails that file only, names the stage or the rule, and keeps the original error for `--debug`.
 */
export class InternalError extends CodemodError {
  readonly code = 'internal-error';
  readonly stage: string;
  constructor(file: string, stage: string, cause: unknown) {
    super(`internal error in ${stage}: ${cause instanceof Error ? cause.message : String(cause)}`, { file });
    this.stage = stage;
    this.cause = cause;
  }
}

/** Carries the stage (or rule id) where an unexpected error was thrown up to the file's boundary. */
export class StageFailure extends Error {
  constructor(
    readonly stage: string,
    readonly failure: unknown,
  ) {
    super(failure instanceof Error ? failure.message : String(failure));
  }
}

/** Runs one stage of a file's migration; an unexpected error leaves it marked with the stage's name. */
export function inStage<T>(stage: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof CodemodError || error instanceof StageFailure) throw error;
    throw new StageFailure(stage, error);
  }
}

/** The error to report for a file: ours as it is, anything else as an internal error naming its stage. */
export function asCodemodError(file: string, error: unknown): CodemodError {
  if (error instanceof CodemodError) return error;
  if (error instanceof StageFailure) return new InternalError(file, error.stage, error.failure);
  return new InternalError(file, 'the migration', error);
}
