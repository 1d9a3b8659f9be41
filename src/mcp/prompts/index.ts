/** Registers the server's prompts. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerExplainDifferencePrompt } from './explain-difference.js';
import { registerMigrateProjectPrompt } from './migrate-project.js';

export function registerPrompts(server: McpServer): void {
  registerMigrateProjectPrompt(server);
  registerExplainDifferencePrompt(server);
}
