/**
 * Every error verify raises on purpose, in two kinds. A `VerifySetupError` is the user's to fix before anything runs
 * (a folder or entry that is not there, no valkey-server to start, a URL that is not one): the CLI prints it as a
 * usage error. A `VerifyRunError` means the run could not be finished (a server that would not start or went away,
 * a key the snapshot cannot read): the CLI prints it alone, without a stack trace. Each message says what happened
 * and, where it can, what to do instead.
 */
import { redactedUrl } from './redacted-url.js';
import type { ServerAddress } from './server-address.js';

export abstract class VerifyError extends Error {
  abstract readonly code: string;
  protected constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export abstract class VerifySetupError extends VerifyError {}

export abstract class VerifyRunError extends VerifyError {}

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
    super(`--valkey-url ${JSON.stringify(redactedUrl(url))} is not a server URL: ${reason} (expected redis://host:port)`);
  }
}

export class ServerUnreachableError extends VerifySetupError {
  readonly code = 'server-unreachable';
  constructor(display: string, reason: string) {
    super(`the server at ${display} does not answer: ${reason}`);
  }
}

/** A spawned server exited early or never answered PING; `output` is what it printed, which says why. */
export class ValkeyServerStartError extends VerifyRunError {
  readonly code = 'valkey-server-start';
  constructor(reason: string, readonly output: string) {
    super(`${reason}\n--- valkey-server output ---\n${output.trimEnd() || '(nothing)'}`);
  }
}

/** The server could not be reached, answered with an error, or went away mid-command. */
export class ValkeyConnectionError extends VerifyRunError {
  readonly code = 'valkey-connection';
  constructor(address: ServerAddress, reason: string) {
    super(`${address.display}: ${reason}`);
  }
}

/** The bytes are not RESP2: a defect on the other side, or not a Valkey server at all. */
export class RespProtocolError extends VerifyRunError {
  readonly code = 'resp-protocol';
  constructor(reason: string) {
    super(`the server's reply is not RESP2: ${reason}`);
  }
}

/** Node could not be started on the entry at all (as opposed to a program that started and failed). */
export class ProgramStartError extends VerifyRunError {
  readonly code = 'program-start';
  constructor(entry: string, cwd: string, reason: string) {
    super(`cannot start ${entry} in ${cwd}: ${reason}`);
  }
}

/** A key whose type the snapshot has no representation for (a module type, say); better loud than silently skipped. */
export class UnsupportedKeyTypeError extends VerifyRunError {
  readonly code = 'unsupported-key-type';
  constructor(db: number, key: string, type: string) {
    super(`cannot snapshot key "${key}" in db ${db}: unsupported type "${type}"`);
  }
}
