/**
 * The built MCP server over stdio, as an editor starts it: `node dist/src/mcp/main.js` driven by the SDK's
 * `StdioClientTransport` and a real `Client`, plus a raw run that checks stdout carries nothing but JSON-RPC
 * (one stray console.log would corrupt the stream), and a check that starting the server and listing tools
 * does not load the migration engine. dist/ is built by `npm test`'s pretest step; this suite builds nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { migrationOutputSchema } from '../../src/mcp/migration-output.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_ENTRY = path.join(ROOT, 'dist/src/mcp/main.js');
const SNIPPET = `import Redis from 'ioredis';\nconst redis = new Redis();\nexport const drop = () => redis.del('a', 'b');\n`;

function requireBuiltServer(): void {
  if (!existsSync(SERVER_ENTRY)) throw new Error(`${SERVER_ENTRY} is missing: run \`npm run build\` before this suite`);
}

/** Sends newline-delimited JSON-RPC messages to a fresh server, closes stdin, and returns what it printed. */
function runRaw(messages: readonly object[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      // Close stdin once every request (a message with an id) has its response, so the server can exit.
      const answered = stdout.split('\n').filter((line) => line.includes('"result"') || line.includes('"error"')).length;
      if (answered === messages.filter((message) => 'id' in message).length) child.stdin.end();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    const timer = setTimeout(() => child.kill(), 30_000);
    child.on('close', () => clearTimeout(timer));
    for (const message of messages) child.stdin.write(`${JSON.stringify(message)}\n`);
  });
}

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0.0.0' } },
};

describe('MCP server over stdio (built)', function () {
  before(requireBuiltServer);

  it('lists the tools and previews a snippet through a real client', async function () {
    const client = new Client({ name: 'stdio-test', version: '0.0.0' });
    const transport = new StdioClientTransport({ command: process.execPath, args: [SERVER_ENTRY], cwd: ROOT, stderr: 'pipe' });
    await client.connect(transport);
    try {
      expect(client.getServerVersion()?.name).to.equal('valkey-glide-codemod');
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).to.deep.equal(['migrate', 'apply_migration', 'plan', 'check', 'explain', 'validate', 'generate', 'verify']);
      const result = (await client.callTool({ name: 'migrate', arguments: { code: SNIPPET, filename: 'drop.mjs' } })) as CallToolResult;
      expect(result.isError).to.equal(false);
      const output = migrationOutputSchema.parse(result.structuredContent);
      expect(output.report.files).to.have.length(1);
      expect(output.report.files[0]).to.deep.include({ path: 'drop.mjs', status: 'changed' });
      expect(output.diff).to.include('--- a/drop.mjs');
      expect(output.migratedCode).to.include("export const drop = () => redis.del(['a', 'b']);");
      expect(output.migratedCode).to.include('await GlideClient.createClient(');
    } finally {
      await client.close();
    }
  });

  it('writes nothing but JSON-RPC to stdout, even after the engine has run', async function () {
    const { stdout, stderr, code } = await runRaw([
      INITIALIZE,
      { jsonrpc: '2.0', method: 'notifications/initialized' },
      { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'migrate', arguments: { code: SNIPPET } } },
    ]);
    expect(code, stderr).to.equal(0);
    expect(stdout.endsWith('\n'), stdout).to.equal(true);
    const lines = stdout.slice(0, -1).split('\n');
    const messages = lines.map((line) => {
      const parsed: unknown = JSON.parse(line);
      expect(parsed, line).to.be.an('object').and.to.have.property('jsonrpc', '2.0');
      return parsed as { id?: number; result?: { serverInfo?: { name: string }; structuredContent?: unknown } };
    });
    expect(messages.map((message) => message.id)).to.deep.equal([1, 2, 3]);
    expect(messages[0].result?.serverInfo?.name).to.equal('valkey-glide-codemod');
    expect(migrationOutputSchema.safeParse(messages[2].result?.structuredContent).success).to.equal(true);
  });

  it('does not load jscodeshift, recast or ts-morph until a tool runs', function () {
    // A fresh process: this mocha process has long since loaded the engine through other suites.
    const script = `
      import { createRequire } from 'node:module';
      import { Client } from '@modelcontextprotocol/sdk/client/index.js';
      import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
      import { createServer } from './dist/src/mcp/server.js';
      const heavy = () => Object.keys(createRequire(import.meta.url).cache)
        .map((file) => /node_modules[\\\\/](jscodeshift|recast|ts-morph)[\\\\/]/.exec(file)?.[1]).filter(Boolean);
      const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
      const client = new Client({ name: 'lazy', version: '0' });
      await Promise.all([createServer().connect(serverSide), client.connect(clientSide)]);
      await client.listTools();
      const before = [...new Set(heavy())].sort();
      await client.callTool({ name: 'migrate', arguments: { code: 'const a = 1;\\n' } });
      const after = [...new Set(heavy())].sort();
      process.stderr.write(JSON.stringify({ before, after }));
      await client.close();
    `;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(run.status, run.stderr).to.equal(0);
    const { before, after } = JSON.parse(run.stderr) as { before: string[]; after: string[] };
    expect(before).to.deep.equal([]);
    // Proves the probe sees CommonJS modules at all, so the empty list above means something.
    expect(after).to.include.members(['jscodeshift', 'recast']);
  });
});
