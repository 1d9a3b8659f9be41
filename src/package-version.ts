/**
 * This package's root and version, found by walking up from this module to the `package.json` named
 * valkey-glide-codemod: the same from `dist/src` (built) and `src` (under tsx). Both doors (the CLI, the MCP
 * server) read them here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NAME = 'valkey-glide-codemod';

function manifestOf(directory: string): { name?: unknown; version?: unknown } | undefined {
  const file = path.join(directory, 'package.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}

export function packageRoot(): string {
  for (let directory = path.dirname(fileURLToPath(import.meta.url)); ; directory = path.dirname(directory)) {
    if (manifestOf(directory)?.name === NAME) return directory;
    if (path.dirname(directory) === directory) return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  }
}

export function packageVersion(): string {
  const version = manifestOf(packageRoot())?.version;
  return typeof version === 'string' ? version : '0.0.0';
}
