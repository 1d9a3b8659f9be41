/** A command line the CLI cannot act on; the message says what to type instead (exit code 2). */
export class UsageError extends Error {
  /** Whether the help follows the message: not when the command line was right but what it names is not there. */
  readonly withUsage: boolean;

  constructor(message: string, options: { readonly withUsage?: boolean } = {}) {
    super(message);
    this.withUsage = options.withUsage ?? true;
    this.name = 'UsageError';
  }
}
