/**
 * `glide-codemod mcp [--allow-dir <dir>]... [--max-<limit> <n>]...`: the MCP server on stdio; stdout then carries
 * nothing but the protocol. Its tools take paths inside the working directory, or inside a directory given with
 * `--allow-dir`, snippets up to a size and project calls up to a number of files, their sizes and a time, each
 * limit with a default (src/mcp/limits.ts) raised with its option.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LIMIT_OPTIONS, type ServerLimits } from '../../mcp/limits.js';
import { UsageError } from '../usage-error.js';
import { WORKERS_OPTION, workersFrom } from '../workers-option.js';

/** The limits given on the command line, each a positive whole number. */
function limitsFrom(values: Record<string, unknown>): Partial<ServerLimits> {
  const limits: Partial<Record<keyof ServerLimits, number>> = {};
  for (const [name, { flag, unit }] of Object.entries(LIMIT_OPTIONS) as [Exclude<keyof ServerLimits, 'workers'>, { flag: string; unit: string }][]) {
    const given = values[flag];
    if (given === undefined) continue;
    const value = Number(given);
    if (!(Number.isInteger(value) && value > 0)) throw new UsageError(`--${flag} takes a positive whole number of ${unit}, not '${String(given)}'`, { withUsage: false });
    limits[name] = value;
  }
  return limits;
}

export async function mcpCommand(argv: readonly string[]): Promise<number> {
  const limitOptions = Object.fromEntries(Object.values(LIMIT_OPTIONS).map(({ flag }) => [flag, { type: 'string' as const }]));
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { 'allow-dir': { type: 'string', multiple: true }, ...limitOptions, ...WORKERS_OPTION } });
  if (positionals.length > 0) throw new UsageError(`mcp takes no arguments but its options (got ${positionals.join(' ')})`);
  const limits = { ...limitsFrom(values), workers: workersFrom(values.workers as string | undefined) };
  const allowed = (values['allow-dir'] as string[] | undefined) ?? [];
  for (const directory of allowed) {
    if (!existsSync(directory) || !statSync(directory).isDirectory()) throw new UsageError(`--allow-dir ${directory}: no such directory`, { withUsage: false });
  }
  const { runStdioServer } = await import('../../mcp/main.js');
  await runStdioServer({ allowedDirectories: allowed.map((directory) => path.resolve(directory)), limits });
  return 0;
}
