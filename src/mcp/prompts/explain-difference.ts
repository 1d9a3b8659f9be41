/** The "explain this difference" prompt: how a command or rule differs in GLIDE, answered from the tools. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';

export function explainDifferenceText(name: string): string {
  return [
    `Explain how \`${name}\` differs between ioredis / node-redis and Valkey GLIDE.`,
    `Call \`explain\` with name "${name}" for GLIDE's method, its signature and what the codemod does with it; if it names a rule, read glide-codemod://rules/<rule-id> for the behaviour difference and its examples, and glide-codemod://commands/<family> for the command family.`,
    'Answer with: the GLIDE call, what differs in arguments and in the reply (with the source client’s and GLIDE’s values side by side), and whether the codemod migrates it automatically or why not. Quote only what the tools returned.',
  ].join('\n');
}

export function registerExplainDifferencePrompt(server: McpServer): void {
  server.registerPrompt(
    'explain-difference',
    {
      title: 'Explain a GLIDE difference',
      description: 'How a command, method or rule differs in GLIDE, answered from explain and the rule and command pages.',
      argsSchema: { name: z.string().min(1).describe('A Redis command (ZADD), a source client method (zadd, hGetAll) or a rule id') },
    },
    ({ name }) => ({ messages: [{ role: 'user', content: { type: 'text', text: explainDifferenceText(name) } }] }),
  );
}
