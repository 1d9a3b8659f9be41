/**
 * The sizes a tool call may hand the server, each with a default a user can raise at start: a snippet migrated or
 * validated in memory is parsed, rewritten and type-checked whole, and a 5 MB one took minutes and gigabytes; a
 * project call is bounded by its files, their sizes and its time.
 */
export interface ServerLimits {
  /** Bytes of a `code` argument (`migrate`, `validate`). */
  readonly snippetBytes: number;
  /** Source files one project call may take on (`migrate`, `apply_migration`, `plan`, `check`). */
  readonly files: number;
  /** Bytes of one source file of a project call. */
  readonly fileBytes: number;
  /** Bytes of all the source files of a project call. */
  readonly totalBytes: number;
  /** Seconds one project call may run before it is stopped (writing nothing). */
  readonly callSeconds: number;
  /** Bytes of a diff sent inline; a larger one is answered with a resource link. */
  readonly inlineDiffBytes: number;
  /** Worker threads one project call uses (`--workers`); unset, the run chooses from its files and the cores. */
  readonly workers?: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  snippetBytes: 1024 * 1024,
  files: 20_000,
  fileBytes: 4 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
  callSeconds: 600,
  inlineDiffBytes: 256 * 1024,
};

/** The command-line option that raises each limit, and the unit it takes. */
export const LIMIT_OPTIONS: Readonly<Record<Exclude<keyof ServerLimits, 'workers'>, { readonly flag: string; readonly unit: string }>> = {
  snippetBytes: { flag: 'max-snippet-bytes', unit: 'bytes' },
  files: { flag: 'max-files', unit: 'files' },
  fileBytes: { flag: 'max-file-bytes', unit: 'bytes' },
  totalBytes: { flag: 'max-total-bytes', unit: 'bytes' },
  callSeconds: { flag: 'max-call-seconds', unit: 'seconds' },
  inlineDiffBytes: { flag: 'max-inline-diff-bytes', unit: 'bytes' },
};

/** Why a snippet is refused, or undefined when it fits. */
export function snippetRefusal(code: string, limits: ServerLimits): string | undefined {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes <= limits.snippetBytes) return undefined;
  return `code is ${bytes} bytes, over this server's limit of ${limits.snippetBytes} bytes for a snippet; pass a path instead, or start the server with --max-snippet-bytes <n>`;
}
