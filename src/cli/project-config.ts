/**
 * The project's `glide-codemod.config.json` as the commands read it: named with `--config` or found upward from
 * the working directory. A config that cannot be used is a usage error naming the file; its `include` paths,
 * relative to the config file, stand in for the paths a command is not given.
 */
import path from 'node:path';
import type { LoadedConfig } from '../check/config.js';
import { UsageError } from './usage-error.js';

export async function readProjectConfig(named: string | undefined, cwd: string): Promise<LoadedConfig | undefined> {
  const { findConfigFile, loadConfig, ConfigError } = await import('../index.js');
  const file = named ? path.resolve(cwd, named) : findConfigFile(cwd);
  try {
    return file ? loadConfig(file) : undefined;
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message, { withUsage: false });
    throw error;
  }
}

/** The config's `include` paths, relative to the working directory. */
export function includedPaths(loaded: LoadedConfig | undefined, cwd: string): string[] {
  return (loaded?.config.include ?? []).map((entry) => path.relative(cwd, path.resolve(loaded?.directory ?? cwd, entry)) || '.');
}
