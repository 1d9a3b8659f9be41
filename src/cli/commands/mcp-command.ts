/**
 * `glide-codemod mcp [--allow-dir <dir>]... [--max-snippet-bytes <n>]`: the MCP server on stdio; stdout then carries
 * nothing but the protocol. Its tools take paths inside the working directory, or inside a directory given with
 * `--allow-dir`, and snippets up to the limit (1 MiB by default).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error.js';

export async function mcpCommand(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { 'allow-dir': { type: 'string', multiple: true }, 'max-snippet-bytes': { type: 'string' } } });
  if (positionals.length > 0) throw new UsageError(`mcp takes no arguments but its options (got ${positionals.join(' ')})`);
  const snippetBytes = values['max-snippet-bytes'] === undefined ? undefined : Number(values['max-snippet-bytes']);
  if (snippetBytes !== undefined && !(Number.isInteger(snippetBytes) && snippetBytes > 0)) {
    throw new UsageError(`--max-snippet-bytes takes a positive whole number of bytes, not '${values['max-snippet-bytes']}'`, { withUsage: false });
  }
  const allowed = values['allow-dir'] ?? [];
  for (const directory of allowed) {
    if (!existsSync(directory) || !statSync(directory).isDirectory()) throw new UsageError(`--allow-dir ${directory}: no such directory`, { withUsage: false });
  }
  const { runStdioServer } = await import('../../mcp/main.js');
  await runStdioServer({ allowedDirectories: allowed.map((directory) => path.resolve(directory)), limits: snippetBytes ? { snippetBytes } : {} });
  return 0;
}
