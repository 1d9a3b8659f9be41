/**
 * Makes a throwaway project resolve this repository's packages (ioredis, redis, @valkey/valkey-glide, tsx) the way
 * an installed project resolves its own: a node_modules symlink, which `verify` then links into its copies.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOSITORY_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules');

export function linkRepositoryModules(projectRoot: string): void {
  symlinkSync(REPOSITORY_MODULES, path.join(projectRoot, 'node_modules'), 'junction');
}
