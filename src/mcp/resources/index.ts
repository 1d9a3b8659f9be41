/** Registers the server's resources: the documentation pages, a family per folder of docs/, and large diffs. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerDocPages, type DocPageFamily } from './doc-pages.js';
import { registerDiffs } from './diffs.js';
import type { DiffStore } from '../diff-store.js';

export const DOC_PAGE_FAMILIES: readonly DocPageFamily[] = [
  { name: 'rules', folder: 'rules', title: 'Migration rules', description: 'One page per behaviour difference the codemod handles: what changes and why, examples, when the client is left as written.' },
  { name: 'commands', folder: 'commands', title: 'Command families', description: 'One page per command family: the ioredis, node-redis and GLIDE names, what differs in arguments and replies, automatic or why not.' },
  { name: 'generators', folder: 'generators', title: 'Code generators', description: 'One page per generator: its options and what its property test proves.' },
];

export function registerResources(server: McpServer, diffs: DiffStore): void {
  for (const family of DOC_PAGE_FAMILIES) registerDocPages(server, family);
  registerDiffs(server, diffs);
}
