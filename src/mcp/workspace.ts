/**
 * Where the server's tools may read and write: its working directory, the directories given at start with
 * `--allow-dir`, and the roots the client declares (MCP `roots/list`, asked again when the client says they
 * changed). A path argument resolves, symlinks included, to a place inside one of them, or is refused with the
 * reason: an absolute path elsewhere, a `../` walk out, or a symlinked folder that leads outside are all refused, so
 * a tool call cannot read or rewrite files the user did not open to it.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface Workspace {
  /** The allowed directories, as real paths. */
  readonly roots: readonly string[];
  /** Replaces the directories the client declared as its roots (those that exist; a root is never a file). */
  setClientRoots(directories: readonly string[]): void;
  /** Says the client's roots are being read; `current()` waits for that. */
  readingClientRoots(reading: Promise<void>): void;
  /** Resolves once the client's roots last asked for are known. */
  current(): Promise<void>;
}

export function createWorkspace(directories: readonly string[], cwd: string = process.cwd()): Workspace {
  const fixed = [cwd, ...directories].map((directory) => realpathSync(path.resolve(cwd, directory)));
  let declared: string[] = [];
  let reading: Promise<void> = Promise.resolve();
  return {
    readingClientRoots(next) {
      reading = next;
    },
    current: () => reading,
    get roots() {
      return [...fixed, ...declared];
    },
    setClientRoots(roots) {
      declared = roots.filter((root) => path.isAbsolute(root) && existsSync(root)).map((root) => realpathSync(root));
    },
  };
}

/** The real path of `target`, through its nearest existing ancestor for a path that does not exist yet. */
function realPathOf(target: string): string {
  const missing: string[] = [];
  let existing = target;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(realpathSync(existing), ...missing);
}

const isInside = (root: string, candidate: string) => {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/** The path to use (as given: relative paths stay relative to the working directory), or why it is refused. */
export function resolveInWorkspace(workspace: Workspace, target: string, cwd: string = process.cwd()): { readonly path: string } | { readonly refused: string } {
  const absolute = path.resolve(cwd, target);
  const real = realPathOf(absolute);
  if (workspace.roots.some((root) => isInside(root, real))) return { path: target };
  const via = real === absolute ? '' : ` (it leads to ${real})`;
  return {
    refused: `${target} is outside the directories this server may use${via}: ${workspace.roots.join(', ')}; start the server with --allow-dir <dir> to open another`,
  };
}

/** For a tool: the path to use, or an `InvalidRequestError` (an `isError` result) that says why it is refused. */
export async function workspacePath(workspace: Workspace, target: string): Promise<string> {
  await workspace.current();
  const resolved = resolveInWorkspace(workspace, target);
  if ('path' in resolved) return resolved.path;
  const { InvalidRequestError } = await import('../index.js');
  throw new InvalidRequestError(resolved.refused);
}
