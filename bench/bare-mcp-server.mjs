/**
 * The floor for MCP cold start: an SDK server on stdio with one trivial tool (echo, with a zod input schema as
 * a real tool would have). Whatever our server takes beyond this is our own start-up cost.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const server = new McpServer({ name: 'bare-bench-server', version: '0.0.0' });
server.registerTool(
  'echo',
  { title: 'Echo', description: 'Returns its input text.', inputSchema: { text: z.string() } },
  async ({ text }) => ({ content: [{ type: 'text', text }] }),
);
await server.connect(new StdioServerTransport());
