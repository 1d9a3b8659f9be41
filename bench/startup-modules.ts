/**
 * Start-up census of an MCP server: which modules it has loaded by the time `tools/list` is answered. The
 * cold-start target holds only if the server defers the migration engine (jscodeshift, recast, Babel, the
 * rules) to the first tool call, so this counts the modules under the package's own dist/ and flags any
 * engine module among them. One traced start per server, apart from the timed runs (the tracing costs time).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { handshake, type ServerUnderTest } from './mcp-cold-start.js';
import { StdioRpcClient } from './stdio-rpc.js';

/** Must equal MODULE_TRACE_MARKER in module-trace/register.mjs. */
const MARKER = 'bench-module-trace:';

/**
 * The heavy part of the engine: the library entry, parsing, analysis, migration and rules, and the libraries
 * they stand on. (Light modules such as the report's zod schema, which the tools' output schema reuses, may
 * load at start-up.)
 */
const ENGINE_MODULE =
  /\/dist\/src\/(index\.js|rules\/|jscodeshift\/|engine\/(parse|migrate-[a-z-]+|analyse\/))|\/node_modules\/(jscodeshift|recast|ast-types|@babel\/parser|ts-morph)\//;

export interface StartupModules {
  readonly server: ServerUnderTest;
  /** Every module loaded through the ESM loader (node: built-ins excluded). */
  readonly total: number;
  /** Those of this package (under its dist/). */
  readonly own: number;
  /** Engine modules loaded before the first tool call; empty when the engine is loaded lazily. */
  readonly engine: readonly string[];
}

function parseTrace(stderr: string, label: string): string[] {
  const line = stderr.split('\n').find((text) => text.startsWith(MARKER));
  if (!line) throw new Error(`${label}: no module trace on stderr`);
  const urls: unknown = JSON.parse(line.slice(MARKER.length));
  if (!Array.isArray(urls)) throw new Error(`${label}: module trace is not a list`);
  return urls.map(String).filter((url) => !url.startsWith('node:'));
}

/** Starts `server` once with the module-trace hooks preloaded, completes the handshake and lists what loaded. */
export async function censusOf(server: ServerUnderTest, repoRoot: string): Promise<StartupModules> {
  const register = pathToFileURL(path.join(repoRoot, 'bench/module-trace/register.mjs')).href;
  const client = new StdioRpcClient(server.command, ['--import', register, ...server.args], repoRoot);
  try {
    await handshake(client, server.label);
  } finally {
    await client.close();
  }
  const urls = parseTrace(client.stderrText, server.label);
  const ownPrefix = pathToFileURL(path.join(repoRoot, 'dist')).href + '/';
  return {
    server,
    total: urls.length,
    own: urls.filter((url) => url.startsWith(ownPrefix)).length,
    engine: urls.filter((url) => ENGINE_MODULE.test(url)),
  };
}
