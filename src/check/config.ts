/**
 * `glide-codemod.config.json`: a project's settings for `check` and `migrate`, found in the working directory or the nearest
 * folder above it (or named with `--config`). Validated by one zod schema; `docs/glide-codemod.config.schema.json`
 * is its JSON Schema for editors, and a test keeps the two alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const CONFIG_FILE = 'glide-codemod.config.json';

export const checkConfigSchema = z
  .object({
    $schema: z.string().optional(),
    include: z.array(z.string()).min(1).optional().describe('Paths to check or migrate when the command names none'),
    exclude: z.array(z.string()).optional().describe('gitignore-style patterns of files whose findings are not reported'),
    rules: z.record(z.enum(['error', 'warning', 'off'])).optional().describe('Severity per rule id; off drops its findings'),
    baseline: z.string().optional().describe('The baseline file, relative to the config file'),
    partial: z.boolean().optional().describe('migrate: migrate what can be migrated and leave TODOs where a use cannot, as --partial does'),
  })
  .strict();

export type CheckConfig = z.infer<typeof checkConfigSchema>;

export interface LoadedConfig {
  readonly config: CheckConfig;
  /** The folder the config's relative paths are relative to. */
  readonly directory: string;
  readonly file: string;
}

/** A config file that cannot be used, with the file and what is wrong. */
export class ConfigError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ConfigError';
  }
}

export function findConfigFile(cwd: string): string | undefined {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    const candidate = path.join(directory, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(directory) === directory) return undefined;
  }
}

export function loadConfig(file: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : `not JSON: ${(error as Error).message}`);
  }
  const parsed = checkConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'the config';
    throw new ConfigError(file, `${where}: ${issue.message}`);
  }
  return { config: parsed.data, directory: path.dirname(file), file };
}
