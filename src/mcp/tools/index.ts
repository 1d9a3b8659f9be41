/**
 * Registers every tool of the server. Adding a tool means adding its file and one entry here; the server
 * factory never changes.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { applyMigrationTool } from './apply-migration.js';
import { migrateTool } from './migrate.js';
import { checkTool } from './check.js';
import { planTool } from './plan.js';
import { explainTool } from './explain.js';
import { validateTool } from './validate.js';

const TOOLS = [migrateTool, applyMigrationTool, planTool, checkTool, explainTool, validateTool];

export function registerTools(server: McpServer): void {
  for (const tool of TOOLS) tool.register(server);
}
