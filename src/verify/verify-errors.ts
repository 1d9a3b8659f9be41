/**
 * The errors of a verify run that are the user's to fix (a folder or entry that is not there, no valkey-server to
 * start, a URL that is not one): the CLI prints the message alone and exits 2, never a stack trace. Each message
 * says what to do instead.
 */
export abstract class VerifySetupError extends Error {
  abstract readonly code: string;
  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class ProjectNotFoundError extends VerifySetupError {
  readonly code = 'project-not-found';
  constructor(directory: string) {
    super(`no such directory: ${directory}`);
  }
}

export class EntryNotFoundError extends VerifySetupError {
  readonly code = 'entry-not-found';
  constructor(entry: string, directory: string) {
    super(`the entry ${entry} is not a file in ${directory} (--entry is read relative to the project folder)`);
  }
}

export class UnsupportedEntryError extends VerifySetupError {
  readonly code = 'unsupported-entry';
  constructor(entry: string) {
    super(`cannot run ${entry}: --entry takes a .js, .mjs, .cjs, .ts, .mts, .cts or .tsx file`);
  }
}

export class ValkeyServerNotFoundError extends VerifySetupError {
  readonly code = 'valkey-server-not-found';
  constructor() {
    super(
      'valkey-server is not on PATH. Install it (Debian/Ubuntu: apt-get install valkey-server; macOS: brew install valkey) ' +
        'or name a server verify may flush with --valkey-url redis://host:port',
    );
  }
}

export class TsxNotFoundError extends VerifySetupError {
  readonly code = 'tsx-not-found';
  constructor(entry: string, directory: string) {
    super(`${entry} is TypeScript, which verify runs through tsx, and tsx is installed neither in ${directory} nor next to glide-codemod: npm install --save-dev tsx`);
  }
}

export class InvalidServerUrlError extends VerifySetupError {
  readonly code = 'invalid-server-url';
  constructor(url: string, reason: string) {
    super(`--valkey-url ${JSON.stringify(url)} is not a server URL: ${reason} (expected redis://host:port)`);
  }
}

export class ServerUnreachableError extends VerifySetupError {
  readonly code = 'server-unreachable';
  constructor(display: string, reason: string) {
    super(`the server at ${display} does not answer: ${reason}`);
  }
}
