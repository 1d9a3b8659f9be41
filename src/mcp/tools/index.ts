/**
 * Registers every tool of the server. Adding a tool means adding its file and one entry here; the server
 * factory never changes.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Workspace } from '../workspace.js';
import type { ServerLimits } from '../limits.js';
import type { DiffStore } from '../diff-store.js';
import { applyMigrationTool } from './apply-migration.js';
import { migrateTool } from './migrate.js';
import { checkTool } from './check.js';
import { planTool } from './plan.js';
import { explainTool } from './explain.js';
import { validateTool } from './validate.js';
import { generateTool } from './generate.js';
import { verifyTool } from './verify.js';

export function registerTools(server: McpServer, workspace: Workspace, limits: ServerLimits, diffs: DiffStore): void {
  const tools = [migrateTool(workspace, limits, diffs), applyMigrationTool(workspace, limits, diffs), planTool(workspace, limits), checkTool(workspace, limits), explainTool, validateTool(limits), generateTool(workspace), verifyTool(workspace)];
  for (const tool of tools) tool.register(server);
}
