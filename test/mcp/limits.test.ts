/**
 * The server's limits on project calls, each with a clear error: files per call, bytes per file, bytes in all,
 * seconds per call (a stopped apply writes nothing).
 */
import { tmpdir } from 'node:os';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { createServer } from '../../src/mcp/server.js';
import type { ServerLimits } from '../../src/mcp/limits.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SOURCE = "import Redis from 'ioredis';\nconst redis = new Redis();\nexport const forget = (user) => redis.del('visits:' + user, 'seen:' + user);\n";

async function clientWith(limits: Partial<ServerLimits>): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'limits-test', version: '1.0.0' });
  await Promise.all([createServer({ allowedDirectories: [tmpdir()], limits }).connect(serverSide), client.connect(clientSide)]);
  await client.listTools();
  return client;
}

const textOf = (result: CallToolResult) => result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');

describe('MCP limits on project calls', function () {
  this.timeout(300_000);
  let project: TempProject | undefined;
  afterEach(() => project?.remove());

  const files = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`m${index}.mjs`, SOURCE]));

  it('refuses a call over the number of files, naming the limit and the figure, for every project tool', async function () {
    const client = await clientWith({ files: 3 });
    project = createTempProject(files(5));
    for (const name of ['migrate', 'apply_migration', 'plan', 'check']) {
      const result = (await client.callTool({ name, arguments: { path: project.root } })) as CallToolResult;
      expect(result.isError, name).to.equal(true);
      expect(textOf(result), name).to.include('5 source files, over the limit of 3 files');
    }
    expect(project.read()).to.deep.equal(files(5));
    await client.close();
  });

  it('refuses a file over the size limit, naming it, and a project over the total', async function () {
    const client = await clientWith({ fileBytes: 200, totalBytes: 500 });
    project = createTempProject({ ...files(1), 'big.mjs': `${SOURCE}// ${'x'.repeat(300)}\n` });
    const big = (await client.callTool({ name: 'migrate', arguments: { path: project.root } })) as CallToolResult;
    expect(big.isError).to.equal(true);
    expect(textOf(big)).to.match(/big\.mjs.* is \d+ bytes, over the limit of 200 bytes for one file/);
    project.remove();
    project = createTempProject(files(6));
    const total = (await client.callTool({ name: 'migrate', arguments: { path: project.root } })) as CallToolResult;
    expect(total.isError).to.equal(true);
    expect(textOf(total)).to.include('more than 500 bytes of source files');
    await client.close();
  });

  it('stops a call that runs longer than the time limit, and the stopped apply writes nothing', async function () {
    const client = await clientWith({ callSeconds: 1 });
    // Enough work to outlast a second on a fast machine: 1,000 files of 40 commands each.
    const heavy = `${SOURCE}${Array.from({ length: 40 }, (_, index) => `export const f${index} = () => redis.mget('a${index}', 'b', 'c');\n`).join('')}`;
    const sources = Object.fromEntries(Array.from({ length: 1000 }, (_, index) => [`m${index}.mjs`, heavy]));
    project = createTempProject(sources);
    const started = performance.now();
    const result = (await client.callTool({ name: 'apply_migration', arguments: { path: project.root } }, undefined, { timeout: 120_000 })) as CallToolResult;
    expect(result.isError, textOf(result)).to.equal(true);
    expect(textOf(result)).to.include("longer than this server's limit of 1 s");
    expect(performance.now() - started).to.be.lessThan(10_000);
    expect(project.read()).to.deep.equal(sources);
    await client.close();
  });
});
