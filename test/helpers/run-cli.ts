/**
 * Runs the built `glide-codemod` executable (dist/, built by `npm test`'s pretest step) as a user would, and
 * returns its exit code and output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CLI_ENTRY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/src/cli/main.js');

export interface CliRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `env` replaces variables of this process's environment for the run (a PATH without valkey-server, say). */
export function runBuiltCli(args: readonly string[], cwd: string, env?: Readonly<Record<string, string>>): CliRun {
  if (!existsSync(CLI_ENTRY)) throw new Error(`${CLI_ENTRY} is missing: run \`npm run build\` first`);
  const run = spawnSync(process.execPath, [CLI_ENTRY, ...args], { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr };
}
