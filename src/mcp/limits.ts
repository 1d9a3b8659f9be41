/**
 * The sizes a tool call may hand the server, each with a default a user can raise at start: a snippet migrated or
 * validated in memory is parsed, rewritten and type-checked whole, and a 5 MB one took minutes and gigabytes.
 */
export interface ServerLimits {
  /** Bytes of a `code` argument (`migrate`, `validate`). */
  readonly snippetBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = { snippetBytes: 1024 * 1024 };

/** Why a snippet is refused, or undefined when it fits. */
export function snippetRefusal(code: string, limits: ServerLimits): string | undefined {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes <= limits.snippetBytes) return undefined;
  return `code is ${bytes} bytes, over this server's limit of ${limits.snippetBytes} bytes for a snippet; pass a path instead, or start the server with --max-snippet-bytes <n>`;
}
