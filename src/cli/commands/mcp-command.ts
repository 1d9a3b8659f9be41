/** `glide-codemod mcp`: the MCP server on stdio; stdout then carries nothing but the protocol. */
import { UsageError } from '../usage-error.js';

export async function mcpCommand(argv: readonly string[]): Promise<number> {
  if (argv.length > 0) throw new UsageError(`mcp takes no arguments (got ${argv.join(' ')})`);
  const { runStdioServer } = await import('../../mcp/main.js');
  await runStdioServer();
  return 0;
}
