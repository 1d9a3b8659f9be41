/**
 * The `generate` and `verify` tools as a client meets them, over an in-memory pair: generate returns a project's
 * files without writing, writes them into a workspace folder only when asked and never over existing files, and
 * names the option that is wrong; verify runs a golden app before and after migration against real
 * valkey-servers and answers `same`, and refuses a path outside the workspace or a missing entry.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { createServer } from '../../src/mcp/server.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';

const NODE_MODULES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../node_modules');

describe('MCP generate and verify tools', function () {
  this.timeout(180_000);
  let client: Client;
  const folders: string[] = [];

  before(async function () {
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    client = new Client({ name: 'generate-verify-test', version: '1.0.0' });
    await Promise.all([createServer({ allowedDirectories: [tmpdir()] }).connect(serverSide), client.connect(clientSide)]);
    await client.listTools();
  });
  after(async function () {
    await client.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
  const textOf = (result: CallToolResult) => result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
  const folder = () => {
    const created = mkdtempSync(path.join(tmpdir(), 'glide-codemod-mcp-'));
    folders.push(created);
    return created;
  };

  it('generate returns the files without writing, and writes them to outDir only when asked, never over a file', async function () {
    const listed = await call('generate', { id: 'distributed-lock', lang: 'js', module: 'cjs' });
    expect(listed.isError).to.equal(false);
    const structured = listed.structuredContent as { files: { path: string; text: string }[]; written: boolean };
    expect(structured.written).to.equal(false);
    expect(structured.files.map((file) => file.path)).to.include.members(['package.json', 'README.md']);
    expect(structured.files.some((file) => file.text.includes("require('@valkey/valkey-glide')"))).to.equal(true);
    const out = folder();
    const written = await call('generate', { id: 'distributed-lock', lang: 'js', module: 'cjs', outDir: out });
    expect(written.isError, textOf(written)).to.equal(false);
    for (const file of structured.files) expect(readFileSync(path.join(out, file.path), 'utf8')).to.equal(file.text);
    writeFileSync(path.join(out, 'README.md'), 'mine');
    const again = await call('generate', { id: 'distributed-lock', lang: 'js', module: 'cjs', outDir: out });
    expect(again.isError).to.equal(true);
    expect(textOf(again)).to.include('README.md');
    expect(readFileSync(path.join(out, 'README.md'), 'utf8')).to.equal('mine');
  });

  it('generate names an unknown generator or a bad option, and refuses an outDir outside the workspace', async function () {
    const unknown = await call('generate', { id: 'no-such-thing' });
    expect([unknown.isError, textOf(unknown)]).to.satisfy(([isError, text]: [boolean, string]) => isError && text.includes('no-such-thing'));
    const bad = await call('generate', { id: 'rate-limiter', options: { limit: 'lots' } });
    expect(bad.isError).to.equal(true);
    expect(textOf(bad)).to.include('limit');
    const outside = await call('generate', { id: 'client', outDir: '/etc/glide-codemod-test' });
    expect(outside.isError).to.equal(true);
    expect(existsSync('/etc/glide-codemod-test')).to.equal(false);
  });

  it('verify answers same for a golden app migrated and run against real servers', async function () {
    const project = folder();
    cpSync(path.join(FIXTURES_ROOT, 'apps/leaderboard-ioredis-ts/input'), project, { recursive: true });
    symlinkSync(NODE_MODULES, path.join(project, 'node_modules'));
    const result = await call('verify', { path: project, entry: 'main.ts' });
    expect(result.isError, textOf(result)).to.equal(false);
    expect(result.structuredContent).to.include({ same: true, migrationOutcome: 'migrated' });
    expect(textOf(result)).to.equal('same');
  });

  it('verify refuses a project outside the workspace and names a missing entry', async function () {
    const outside = await call('verify', { path: '/etc', entry: 'main.js' });
    expect(outside.isError).to.equal(true);
    const project = folder();
    const missing = await call('verify', { path: project, entry: 'nope.js' });
    expect(missing.isError).to.equal(true);
    expect(textOf(missing)).to.include('nope.js');
  });
});
