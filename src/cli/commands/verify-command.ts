/**
 * `glide-codemod verify <dir> --entry <file> [--valkey-url URL] [--timeout MS] [-- args...]`: the differential run
 * (src/verify). Exit 0 when both sides behaved the same, 1 at the first difference, 2 on usage errors (a folder or
 * entry that is not there, no valkey-server to start) and when the run could not finish (a server that went away, a
 * key the snapshot cannot read), 129 / 130 / 143 when interrupted by SIGHUP / SIGINT / SIGTERM, after the servers,
 * programs and temporary folders are gone. Progress (server pids, folders) goes to stderr.
 */
import { parseArgs } from 'node:util';
import { VerifyError, VerifySetupError } from '../../index.js';
import { verifyText } from '../format-verify.js';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';

const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

/** The reason the run was aborted with: which signal arrived. */
class Interrupted extends Error {
  constructor(readonly signal: HandledSignal) {
    super(`interrupted by ${signal}`);
  }
}

export async function verifyCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const separator = argv.indexOf('--');
  const own = separator < 0 ? argv : argv.slice(0, separator);
  const programArgs = separator < 0 ? [] : argv.slice(separator + 1);
  const { values, positionals } = parseArgs({
    args: [...own],
    allowPositionals: true,
    options: { entry: { type: 'string' }, 'valkey-url': { type: 'string' }, timeout: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('verify takes one project folder: glide-codemod verify <dir> --entry <file>');
  if (!values.entry) throw new UsageError('verify needs the program to run: --entry <file> (relative to the project folder)');
  const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) {
    throw new UsageError(`--timeout takes a number of milliseconds, not '${values.timeout}'`);
  }

  const { verify } = await import('../../index.js');
  const controller = new AbortController();
  const onSignal = (signal: HandledSignal) => controller.abort(new Interrupted(signal));
  const handlers = (Object.keys(SIGNAL_EXIT_CODES) as HandledSignal[]).map((signal) => [signal, () => onSignal(signal)] as const);
  for (const [signal, handler] of handlers) process.on(signal, handler);
  try {
    const result = await verify({
      directory: positionals[0],
      entry: values.entry,
      cwd: io.cwd,
      args: programArgs,
      valkeyUrl: values['valkey-url'],
      timeoutMs,
      signal: controller.signal,
      onProgress: (message) => io.stderr(`verify: ${message}\n`),
    });
    // A signal that arrived after the last program ended still ends the command as interrupted.
    if (controller.signal.aborted) throw controller.signal.reason;
    io.stdout(verifyText(result));
    return result.same ? 0 : 1;
  } catch (failure) {
    // Whatever failed once a signal arrived failed because of it (a terminal's Ctrl-C also reaches the servers,
    // which then go away under a snapshot): the signal is the reason.
    const error: unknown = controller.signal.aborted ? controller.signal.reason : failure;
    if (error instanceof VerifySetupError) throw new UsageError(error.message, { withUsage: false });
    if (error instanceof VerifyError) {
      io.stderr(`glide-codemod: verify could not finish: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Interrupted) {
      io.stderr(`glide-codemod: verify ${error.message}; servers, programs and temporary folders were cleaned up\n`);
      return SIGNAL_EXIT_CODES[error.signal];
    }
    throw error;
  } finally {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
}
