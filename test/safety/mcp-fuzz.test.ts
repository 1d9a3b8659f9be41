/**
 * The built MCP server over stdio under hostile input: 10,000 tool calls with random and malformed arguments
 * (wrong types, missing and unknown fields, paths outside the workspace, huge and odd strings) across every tool
 * and some that do not exist. The server must answer every one, as a result (isError or not) or a JSON-RPC error,
 * never crash or hang, and put nothing on stdout that is not protocol (a line the client cannot read as JSON-RPC
 * is reported through its onerror, and there must be none). Its memory comes back to its level: the server runs
 * with its heap capped at 256 MiB, so memory a call kept would end it (a crash the test reports) or show as
 * growth, and its resident set after the 10,000th call is within 48 MiB of what it was after the 2,000th. (Without
 * a cap V8 grows its heap lazily: 30,000 calls measured 367 to 546 MiB with no trend; under a 160 MiB cap the same
 * calls level off at 265 to 268 MiB.) Then 100 concurrent calls complete without an error. The server runs in an empty temporary folder, so whatever a call
 * may write lands there.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_ENTRY = path.join(ROOT, 'dist/src/mcp/main.js');
const CALLS = 10_000;
/** The call after which the server's memory is taken as its level: its caches and JIT have warmed up by then. */
const WARM_UP_CALLS = 2_000;
const HEAP_CAP_MIB = 256;
const ALLOWED_GROWTH_BYTES = 48 * 1024 * 1024;

/** The resident set of a process (Linux), from /proc. */
function residentBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmRSS:')) ?? '';
  return Number(line.replace(/\D+/g, '')) * 1024;
}

/** A small seeded generator (mulberry32), so a failing run can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOOLS = ['migrate', 'apply_migration', 'plan', 'check', 'explain', 'validate', 'generate', 'verify', 'no_such_tool', ''];
const FIELDS = ['path', 'code', 'filename', 'partial', 'name', 'search', 'id', 'options', 'lang', 'module', 'topology', 'outDir', 'force', 'entry', 'args', 'valkeyUrl', 'timeoutMs', 'language', 'files', '__proto__', 'constructor'];
const STRINGS = [
  '', '.', '..', '../..', '/', '/etc/passwd', '~', 'a.ts', 'a.mjs', 'ZADD', 'zAdd', 'client', 'distributed-lock', 'ts', 'cjs', 'cluster',
  "import Redis from 'ioredis'; const r = new Redis(); r.del('a', 'b');", 'const x = ;', '\u0000', '\ud800', '${process.exit(1)}', '*/', '`', 'redis://u:p@h:1',
  'x'.repeat(5000), 'file:///etc', '\n\n\n', 'NaN', '-1', '{"a":1}',
];

function value(next: () => number, depth = 0): unknown {
  const kind = Math.floor(next() * (depth > 2 ? 6 : 9));
  switch (kind) {
    case 0: return STRINGS[Math.floor(next() * STRINGS.length)];
    case 1: return Math.floor(next() * 2 ** 32) - 2 ** 31;
    case 2: return next() < 0.5;
    case 3: return null;
    case 4: return [1e308, -0, 0.5, Number.MAX_SAFE_INTEGER][Math.floor(next() * 4)];
    case 5: return STRINGS[Math.floor(next() * STRINGS.length)] + STRINGS[Math.floor(next() * STRINGS.length)];
    case 6: return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    case 7: return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, () => [FIELDS[Math.floor(next() * FIELDS.length)], value(next, depth + 1)]));
    default: return undefined;
  }
}

function argumentsFor(next: () => number): Record<string, unknown> {
  const count = Math.floor(next() * 5);
  return Object.fromEntries(Array.from({ length: count }, () => [FIELDS[Math.floor(next() * FIELDS.length)], value(next)]));
}

describe('the MCP server under 10,000 random and malformed calls', function () {
  this.timeout(900_000);
  let workspace: string;
  let client: Client;
  let serverPid: number;
  const streamErrors: string[] = [];

  before(async function () {
    workspace = mkdtempSync(path.join(os.tmpdir(), 'glide-codemod-fuzz-'));
    client = new Client({ name: 'fuzz', version: '0.0.0' });
    client.onerror = (error) => streamErrors.push(String(error));
    const transport = new StdioClientTransport({ command: process.execPath, args: [`--max-old-space-size=${HEAP_CAP_MIB}`, SERVER_ENTRY], cwd: workspace, stderr: 'pipe' });
    await client.connect(transport);
    serverPid = transport.pid as number;
  });

  after(async function () {
    await client?.close();
    rmSync(workspace, { recursive: true, force: true });
  });

  it('answers every call with a result or a JSON-RPC error, and never crashes or hangs', async function () {
    const next = random(20261201);
    const outcomes = { results: 0, errorResults: 0, protocolErrors: 0 };
    let warmResident = 0;
    for (let call = 0; call < CALLS; call += 1) {
      if (call === WARM_UP_CALLS) warmResident = residentBytes(serverPid);
      const name = TOOLS[Math.floor(next() * TOOLS.length)];
      const args = argumentsFor(next);
      try {
        const result = (await client.callTool({ name, arguments: args }, undefined, { timeout: 60_000 })) as CallToolResult;
        if (result.isError) outcomes.errorResults += 1;
        else outcomes.results += 1;
      } catch (error) {
        if (!(error instanceof McpError) || error.code === -32001) throw new Error(`call ${call} (${name} ${JSON.stringify(args).slice(0, 200)}) failed: ${String(error)}`);
        outcomes.protocolErrors += 1;
      }
    }
    expect(outcomes.results + outcomes.errorResults + outcomes.protocolErrors).to.equal(CALLS);
    expect(outcomes.errorResults + outcomes.protocolErrors, JSON.stringify(outcomes)).to.be.greaterThan(CALLS / 2);
    // Still serving after all of it, nothing but protocol came out, and its memory is back to its level.
    await client.ping();
    expect(streamErrors).to.deep.equal([]);
    const finalResident = residentBytes(serverPid);
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    expect(finalResident - warmResident, `resident ${mib(warmResident)} after ${WARM_UP_CALLS} calls, ${mib(finalResident)} after ${CALLS}`).to.be.below(ALLOWED_GROWTH_BYTES);
  });

  it('completes 100 concurrent calls without an error', async function () {
    const snippet = "import Redis from 'ioredis';\nconst redis = new Redis();\nexport const f = () => redis.del('a', 'b');\n";
    const calls = Array.from({ length: 100 }, (_, index) => {
      const [name, args] = [
        ['migrate', { code: snippet, filename: `f${index}.mjs` }],
        ['explain', { name: 'ZADD' }],
        ['validate', { code: 'const x: number = 1;\n', language: 'ts' }],
        ['plan', { path: '.' }],
      ][index % 4] as [string, Record<string, unknown>];
      return client.callTool({ name, arguments: args }, undefined, { timeout: 120_000 }) as Promise<CallToolResult>;
    });
    const results = await Promise.all(calls);
    expect(results.filter((result) => result.isError).map((result) => JSON.stringify(result.content).slice(0, 200))).to.deep.equal([]);
  });
});
