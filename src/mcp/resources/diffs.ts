/** The large diffs tools answered with a link to (see diff-store.ts), as `glide-codemod://diffs/<id>` resources. */
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ReadResourceResult } from '@modelcontextprotocol/sdk/types.js';
import { diffUri, type DiffStore } from '../diff-store.js';

export function registerDiffs(server: McpServer, store: DiffStore): void {
  const template = new ResourceTemplate('glide-codemod://diffs/{id}', {
    list: () => ({ resources: store.list().map((diff) => ({ uri: diffUri(diff.id), name: diff.id, title: diff.title, mimeType: 'text/x-diff' })) }),
  });
  const metadata = { title: 'Migration diffs', description: 'Unified diffs too large to send inline, kept for the most recent migrations', mimeType: 'text/x-diff' };
  server.registerResource('diffs', template, metadata, (uri, variables): ReadResourceResult => {
    const diff = store.get(String(variables.id));
    if (!diff) throw new Error(`no diff ${String(variables.id)} (only the most recent are kept; run the migration again)`);
    return { contents: [{ uri: uri.href, mimeType: 'text/x-diff', text: diff.text }] };
  });
}
