/**
 * The client's roots open directories to the tools: a path inside a root the client declares is accepted, a path
 * outside every root (and the server's working directory) is refused, and a change of roots the client announces
 * is followed. A client without roots changes nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { ListRootsRequestSchema, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { createServer } from '../../src/mcp/server.js';

const SOURCE = "import Redis from 'ioredis';\nconst redis = new Redis();\nexport const f = () => redis.del('a', 'b');\n";

describe('MCP client roots', function () {
  const folders: string[] = [];
  after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));
  const project = () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'glide-codemod-roots-'));
    folders.push(folder);
    writeFileSync(path.join(folder, 'a.mjs'), SOURCE);
    return folder;
  };

  it('accepts paths inside the roots the client declares, refuses others, and follows a change of roots', async function () {
    const [first, second] = [project(), project()];
    let roots = [first];
    const client = new Client({ name: 'roots-test', version: '1.0.0' }, { capabilities: { roots: { listChanged: true } } });
    client.setRequestHandler(ListRootsRequestSchema, () => ({ roots: roots.map((root) => ({ uri: pathToFileURL(root).href, name: path.basename(root) })) }));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await Promise.all([createServer().connect(serverSide), client.connect(clientSide)]);
    const plan = async (folder: string) => (await client.callTool({ name: 'plan', arguments: { path: folder } })) as CallToolResult;
    expect((await plan(first)).isError).to.equal(false);
    expect((await plan(second)).isError).to.equal(true);
    roots = [second];
    await client.sendRootsListChanged();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await plan(second)).isError).to.equal(false);
    expect((await plan(first)).isError).to.equal(true);
    await client.close();
  });

  it('leaves the workspace as it was for a client that declares no roots', async function () {
    const folder = project();
    const client = new Client({ name: 'no-roots', version: '1.0.0' });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await Promise.all([createServer().connect(serverSide), client.connect(clientSide)]);
    const result = (await client.callTool({ name: 'plan', arguments: { path: folder } })) as CallToolResult;
    expect(result.isError).to.equal(true);
    await client.close();
  });
});
