/** A diff over the server's inline limit comes back as a resource link, and reading the link gives the diff. */
import { tmpdir } from 'node:os';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { createServer } from '../../src/mcp/server.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SOURCE = "import Redis from 'ioredis';\nconst redis = new Redis();\nexport const f = () => redis.del('a', 'b');\n";

describe('MCP large diffs', function () {
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  async function clientWith(inlineDiffBytes: number): Promise<Client> {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'large-diffs', version: '1.0.0' });
    await Promise.all([createServer({ allowedDirectories: [tmpdir()], limits: { inlineDiffBytes } }).connect(serverSide), client.connect(clientSide)]);
    await client.listTools();
    return client;
  }

  it('answers with a link to the diff when it is over the limit, and the link reads back the whole diff', async function () {
    project = createTempProject(Object.fromEntries(Array.from({ length: 5 }, (_, index) => [`m${index}.mjs`, SOURCE])));
    const inline = await clientWith(1024 * 1024);
    const full = (await inline.callTool({ name: 'migrate', arguments: { path: project.root } })) as CallToolResult;
    const diff = (full.structuredContent as { diff: string }).diff;
    expect(diff).to.include('--- a/');
    const linked = await clientWith(100);
    const result = (await linked.callTool({ name: 'migrate', arguments: { path: project.root } })) as CallToolResult;
    const structured = result.structuredContent as { diff: string; diffResource?: string };
    expect(structured.diff).to.equal('');
    expect(structured.diffResource).to.match(/^glide-codemod:\/\/diffs\//);
    const link = result.content.find((block) => block.type === 'resource_link') as { uri: string; mimeType: string } | undefined;
    expect(link?.uri).to.equal(structured.diffResource);
    const read = await linked.readResource({ uri: structured.diffResource as string });
    expect((read.contents[0] as { text: string }).text).to.equal(diff);
    await inline.close();
    await linked.close();
  });
});
