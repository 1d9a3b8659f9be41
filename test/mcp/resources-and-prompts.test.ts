/**
 * The server's resources and prompts as a client meets them, over an in-memory pair: every shipped rule and
 * command-family page is listed under a stable URI and reads back as the page's text; an id that is not a page
 * (or tries to be a path) is refused; the prompts name the tools in the workflow's order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { expect } from 'chai';
import { createServer } from '../../src/mcp/server.js';

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs');

async function connectedClient(): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'resources-test', version: '1.0.0' });
  await Promise.all([createServer().connect(serverSide), client.connect(clientSide)]);
  return client;
}

function pagesIn(folder: string): string[] {
  return readdirSync(path.join(DOCS, folder)).filter((file) => /^[a-z0-9-]+\.md$/.test(file)).map((file) => file.replace(/\.md$/, '')).sort();
}

describe('MCP resources and prompts', function () {
  let client: Client;
  before(async function () {
    client = await connectedClient();
  });
  after(async function () {
    await client.close();
  });

  it('lists every rule and command-family page under a stable URI, with the page title', async function () {
    const { resources } = await client.listResources();
    const uris = resources.map((resource) => resource.uri);
    for (const id of pagesIn('rules')) expect(uris).to.include(`glide-codemod://rules/${id}`);
    for (const id of pagesIn('commands')) expect(uris).to.include(`glide-codemod://commands/${id}`);
    expect(pagesIn('generators')).to.include('distributed-lock');
    for (const id of pagesIn('generators')) expect(uris).to.include(`glide-codemod://generators/${id}`);
    expect(resources.find((resource) => resource.uri === 'glide-codemod://rules/batch-results')?.title).to.equal('batch-results');
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((template) => template.uriTemplate)).to.include.members(['glide-codemod://rules/{id}', 'glide-codemod://commands/{id}', 'glide-codemod://generators/{id}']);
  });

  it('reads a page back as the markdown the package ships', async function () {
    const { contents } = await client.readResource({ uri: 'glide-codemod://rules/batch-results' });
    expect(contents).to.have.length(1);
    expect(contents[0]).to.include({ uri: 'glide-codemod://rules/batch-results', mimeType: 'text/markdown' });
    expect((contents[0] as { text: string }).text).to.equal(readFileSync(path.join(DOCS, 'rules/batch-results.md'), 'utf8'));
    const family = await client.readResource({ uri: 'glide-codemod://commands/strings' });
    expect((family.contents[0] as { text: string }).text).to.equal(readFileSync(path.join(DOCS, 'commands/strings.md'), 'utf8'));
  });

  it('refuses an id that is no page, or a path', async function () {
    for (const uri of ['glide-codemod://rules/no-such-rule', 'glide-codemod://rules/..%2F..%2Fpackage', 'glide-codemod://commands/README']) {
      let refused: Error | undefined;
      try {
        await client.readResource({ uri });
      } catch (error) {
        refused = error as Error;
      }
      expect(refused, uri).to.be.instanceOf(Error);
    }
  });

  it('completes page ids', async function () {
    const { completion } = await client.complete({ ref: { type: 'ref/resource', uri: 'glide-codemod://rules/{id}' }, argument: { name: 'id', value: 'batch' } });
    expect(completion.values).to.deep.equal(['batch-results']);
  });

  it('offers the migration workflow and the explain prompts, naming the tools in order', async function () {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name)).to.deep.equal(['migrate-project', 'explain-difference']);
    const workflow = await client.getPrompt({ name: 'migrate-project', arguments: { path: 'services/api' } });
    const text = (workflow.messages[0].content as { text: string }).text;
    const order = ['`plan`', '`migrate`', '`apply_migration`', '`check`'].map((tool) => text.indexOf(tool));
    expect(order.every((position) => position >= 0)).to.equal(true);
    expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
    expect(text).to.include('path "services/api"');
    const explained = await client.getPrompt({ name: 'explain-difference', arguments: { name: 'ZADD' } });
    expect((explained.messages[0].content as { text: string }).text).to.include('Call `explain` with name "ZADD"');
  });
});
