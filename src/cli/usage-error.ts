/** A command line the CLI cannot act on; the message says what to type instead (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
