/** The "migrate this project" workflow as a prompt: the tools in the order that keeps a project working. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export function migrationWorkflowText(target: string): string {
  return [
    `Migrate ${target} from ioredis / node-redis to Valkey GLIDE with the glide-codemod tools, keeping the program working at every step:`,
    `1. Call \`plan\` with path "${target}": note every client, whether its migration is automatic, and what blocks the others.`,
    `2. Call \`migrate\` with path "${target}" (a preview; nothing is written). Read the report's clients: a blocked client stays exactly as written, and its \`blockedBy\` entries name each use (file:line) that keeps it there and why.`,
    '3. For each blocked client, decide with the user: rewrite the blocking uses by hand (`explain` gives the GLIDE way to write a command; the rules pages glide-codemod://rules/<id> explain each difference), or leave the client on its library for now.',
    `4. Call \`apply_migration\` with path "${target}" once the preview is what the user wants. It writes all files or none.`,
    `5. Call \`check\` with path "${target}": what it finds (clients still on ioredis / node-redis, TODO(glide-codemod) comments, GLIDE pitfalls) is what is left. Then run the project's type-check and tests.`,
    `6. Where the project has an entry point, call \`verify\` on it (if the server offers it) to run the original and the migrated program against fresh Valkey servers and compare their output and data.`,
    'Never hand-edit a file the codemod migrated without saying so; never pass partial: true unless the user asks for a migration that will not run until its TODOs are resolved.',
  ].join('\n');
}

export function registerMigrateProjectPrompt(server: McpServer): void {
  server.registerPrompt(
    'migrate-project',
    {
      title: 'Migrate this project to Valkey GLIDE',
      description: 'The plan → preview → resolve blockers → apply → check → verify workflow, for a project path.',
      argsSchema: { path: z.string().describe('The project folder or file to migrate, relative to the server’s working directory').optional() },
    },
    ({ path }) => ({
      messages: [{ role: 'user', content: { type: 'text', text: migrationWorkflowText(path && path.length > 0 ? path : '.') } }],
    }),
  );
}
