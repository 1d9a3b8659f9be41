/** Where a command writes and where it runs: the process in real use, buffers in tests. */
export interface CommandIo {
  readonly cwd: string;
  readonly stderrIsTty: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CommandIo = {
  cwd: process.cwd(),
  stderrIsTty: Boolean(process.stderr.isTTY),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
