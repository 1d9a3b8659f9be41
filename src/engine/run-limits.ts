/**
 * How much one project run may take on, for callers that serve others (the MCP server): how many source files,
 * how large one may be, how many bytes in all. A run over a limit is refused before anything is parsed, with the
 * limit, the figure and the file that broke it.
 */
import { statSync } from 'node:fs';
import { InvalidRequestError } from './errors.js';

export interface RunLimits {
  readonly files?: number;
  readonly fileBytes?: number;
  readonly totalBytes?: number;
}

/** Throws an InvalidRequestError naming the limit a set of files breaks; `display` names a file for the message. */
export function checkRunLimits(files: readonly string[], limits: RunLimits | undefined, display: (file: string) => string): void {
  if (!limits) return;
  if (limits.files !== undefined && files.length > limits.files) {
    throw new InvalidRequestError(`the paths hold ${files.length} source files, over the limit of ${limits.files} files for one run; name fewer paths, or raise the limit`);
  }
  if (limits.fileBytes === undefined && limits.totalBytes === undefined) return;
  let total = 0;
  for (const file of files) {
    const size = statSync(file).size;
    total += size;
    if (limits.fileBytes !== undefined && size > limits.fileBytes) {
      throw new InvalidRequestError(`${display(file)} is ${size} bytes, over the limit of ${limits.fileBytes} bytes for one file; leave it out of the paths, or raise the limit`, display(file));
    }
    if (limits.totalBytes !== undefined && total > limits.totalBytes) {
      throw new InvalidRequestError(`the paths hold more than ${limits.totalBytes} bytes of source files, the limit for one run; name fewer paths, or raise the limit`);
    }
  }
}
