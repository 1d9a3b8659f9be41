/**
 * The MCP server factory: name, version and the workflow an assistant should follow, with the tools
 * registered. Which transport it runs on is decided elsewhere (`main.ts` for stdio), so tests can connect it to
 * an in-memory client. Nothing here loads the migration engine; the tools do, when first called.
 */
import { fileURLToPath } from 'node:url';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerTools } from './tools/index.js';
import { packageVersion } from '../package-version.js';
import { registerResources } from './resources/index.js';
import { DiffStore } from './diff-store.js';
import { registerPrompts } from './prompts/index.js';
import { createWorkspace, type Workspace } from './workspace.js';
import { RootsListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { DEFAULT_LIMITS, type ServerLimits } from './limits.js';

const NAME = 'valkey-glide-codemod';

const INSTRUCTIONS = `Migrates Node.js code from ioredis or node-redis to Valkey GLIDE (@valkey/valkey-glide).
Workflow:
0. Inventory with \`plan\` (a \`path\`): every client, the commands it uses, whether its migration is automatic or what blocks it and what to do instead, and the steps.
1. Preview with \`migrate\` (a \`path\` to a file or directory, or a \`code\` snippet). It writes nothing and returns a unified diff and a report.
2. Read the report's \`clients\`: a client is migrated only when every use of it can be; a client with status \`blocked\` is left exactly as written (in every module it reaches), and \`blockedBy\` lists each use that keeps it there (file:line and why). Those need a person (or you) to rewrite by hand; the rest of the project is migrated and still runs. The diagnostics (TODO(glide-codemod) comments at those lines) are notes on migrated code that behaves the same but deserves a look. \`partial: true\` instead migrates blocked clients too, leaving a TODO at each blocking use: the result does not run until they are resolved.
3. Apply with \`apply_migration\` on the same path. It writes all files or none; if any file fails (a syntax error, reported as file:line:column) nothing is written.
4. Check with \`check\` on the path: its findings (clients still on ioredis / node-redis, TODO(glide-codemod) comments, GLIDE pitfalls) are what is left to do; \`migrate\` again should report no changes. Then type-check and run the project's tests.
To answer GLIDE API questions use \`explain\` (a command or method \`name\`, or \`search\` words); to check GLIDE code you write, \`validate\` (a \`code\` snippet).
Resources: every rule page (glide-codemod://rules/<id>), command-family page (glide-codemod://commands/<family>) and generator page (glide-codemod://generators/<id>). Prompts: migrate-project (this workflow for a path) and explain-difference (a command or rule).`;

export interface ServerOptions {
  /** Directories besides the working directory that path arguments may point into (`--allow-dir`). */
  readonly allowedDirectories?: readonly string[];
  readonly limits?: Partial<ServerLimits>;
}

/**
 * The client's roots join the workspace: asked for once the client is initialised, if it declares roots, and again
 * whenever it says they changed. A client without roots (or one whose answer fails) leaves the workspace as it was.
 */
function followClientRoots(server: McpServer, workspace: Workspace): void {
  const refresh = async () => {
    if (!server.server.getClientCapabilities()?.roots) return;
    try {
      const { roots } = await server.server.listRoots();
      workspace.setClientRoots(roots.filter((root) => root.uri.startsWith('file:')).map((root) => fileURLToPath(root.uri)));
    } catch (error) {
      process.stderr.write(`glide-codemod mcp: cannot read the client's roots: ${String(error)}\n`);
    }
  };
  server.server.oninitialized = () => workspace.readingClientRoots(refresh());
  server.server.setNotificationHandler(RootsListChangedNotificationSchema, async () => workspace.readingClientRoots(refresh()));
}

export function createServer(options: ServerOptions = {}): McpServer {
  const server = new McpServer({ name: NAME, version: packageVersion() }, { instructions: INSTRUCTIONS });
  const workspace = createWorkspace(options.allowedDirectories ?? []);
  followClientRoots(server, workspace);
  const diffs = new DiffStore();
  registerTools(server, workspace, { ...DEFAULT_LIMITS, ...options.limits }, diffs);
  registerResources(server, diffs);
  registerPrompts(server);
  return server;
}
