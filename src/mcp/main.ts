/**
 * The MCP server on stdio: what `glide-codemod mcp` runs, and what `node dist/src/mcp/main.js` runs directly.
 * stdout carries the protocol and nothing else; anything meant for a person goes to stderr.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createServer, type ServerOptions } from './server.js';

export async function runStdioServer(options: ServerOptions = {}): Promise<void> {
  const server = createServer(options);
  server.server.onerror = (error) => {
    process.stderr.write(`glide-codemod mcp: ${error.stack ?? error.message}\n`);
  };
  // Resolves once connected; stdin then keeps the process alive until the client closes it.
  await server.connect(new StdioServerTransport());
}

// Run directly (not imported by the CLI): compare real paths so a symlinked bin or a relative argv still matches.
function isMainModule(): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(realpathSync(entry)).href === import.meta.url;
}

if (isMainModule()) {
  runStdioServer().catch((error: unknown) => {
    process.stderr.write(`glide-codemod mcp: cannot start: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
