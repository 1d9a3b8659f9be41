/** Where a command writes and where it runs: the process in real use, buffers in tests. */
export interface CommandIo {
  readonly cwd: string;
  readonly stderrIsTty: boolean;
  /** The stream a progress bar draws on, when stderr is one (it is not in tests that buffer output). */
  readonly stderrStream?: NodeJS.WritableStream & { readonly isTTY?: boolean };
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CommandIo = {
  cwd: process.cwd(),
  stderrIsTty: Boolean(process.stderr.isTTY),
  stderrStream: process.stderr,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
