/**
 * The MCP server factory: name, version and the workflow an assistant should follow, with the tools
 * registered. Which transport it runs on is decided elsewhere (`main.ts` for stdio), so tests can connect it to
 * an in-memory client. Nothing here loads the migration engine; the tools do, when first called.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { registerTools } from './tools/index.js';

const NAME = 'valkey-glide-codemod';

const INSTRUCTIONS = `Migrates Node.js code from ioredis or node-redis to Valkey GLIDE (@valkey/valkey-glide).
Workflow:
1. Preview with \`migrate\` (a \`path\` to a file or directory, or a \`code\` snippet). It writes nothing and returns a unified diff and a report.
2. Read the report's diagnostics: each TODO(glide-codemod) marks code the codemod left unchanged because it could not prove a rewrite keeps behaviour; the same marker is written as a comment at that line. Those need a person (or you) to finish by hand.
3. Apply with \`apply_migration\` on the same path. It writes all files or none; if any file fails (a syntax error, reported as file:line:column) nothing is written.
4. Check: run \`migrate\` again on the path; it should report no changes, and the remaining TODO(glide-codemod) comments are what is left to do. Then type-check and run the project's tests.`;

// Both src/mcp (under tsx) and dist/src/mcp sit below the package root: walk up to this package's manifest.
function readVersion(): string {
  const manifest = z.object({ name: z.string(), version: z.string() });
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(directory, 'package.json');
    if (existsSync(candidate)) {
      const parsed = manifest.safeParse(JSON.parse(readFileSync(candidate, 'utf8')));
      if (parsed.success && parsed.data.name === NAME) return parsed.data.version;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`no package.json named ${NAME} above ${fileURLToPath(import.meta.url)}`);
    directory = parent;
  }
}

export function createServer(): McpServer {
  const server = new McpServer({ name: NAME, version: readVersion() }, { instructions: INSTRUCTIONS });
  registerTools(server);
  return server;
}
