/**
 * MCP server cold start: wall time from spawning the server process to the answer of `tools/list` sent after
 * `initialize` and `notifications/initialized`, i.e. what a client waits before it can offer the server's
 * tools. It includes Node's own start-up, so read it next to the bare SDK server's figure: the difference of
 * the medians is the cost our server adds.
 */
import { performance } from 'node:perf_hooks';
import { StdioRpcClient } from './stdio-rpc.js';

export interface ServerUnderTest {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

export interface ColdStartSamples {
  readonly server: ServerUnderTest;
  readonly millis: readonly number[];
  readonly toolCount: number;
}

const INITIALIZE_PARAMS = {
  protocolVersion: '2025-06-18',
  capabilities: {},
  clientInfo: { name: 'valkey-glide-codemod-bench', version: '0.0.0' },
};

/** The client side of start-up: `initialize`, `notifications/initialized`, `tools/list`; returns the tool count. */
export async function handshake(client: StdioRpcClient, label: string): Promise<number> {
  const init = await client.request('initialize', INITIALIZE_PARAMS);
  if (init.error) throw new Error(`${label}: initialize failed: ${init.error.message}`);
  client.notify('notifications/initialized');
  const list = await client.request('tools/list', {});
  const tools = (list.result as { tools?: unknown } | undefined)?.tools;
  if (list.error || !Array.isArray(tools)) throw new Error(`${label}: tools/list gave no tools array`);
  return tools.length;
}

async function startOnce(server: ServerUnderTest, cwd: string): Promise<{ millis: number; toolCount: number }> {
  const started = performance.now();
  const client = new StdioRpcClient(server.command, server.args, cwd);
  try {
    const toolCount = await handshake(client, server.label);
    return { millis: performance.now() - started, toolCount };
  } finally {
    await client.close();
  }
}

/**
 * Starts each server `warmups + runs` times, one process at a time and alternating between servers so that
 * any drift of the machine falls on all of them alike; keeps the last `runs` timings of each.
 */
export async function measureColdStarts(
  servers: readonly ServerUnderTest[],
  runs: number,
  warmups: number,
  cwd: string,
): Promise<ColdStartSamples[]> {
  const millis = servers.map((): number[] => []);
  const toolCounts = servers.map(() => 0);
  for (let round = 0; round < warmups + runs; round++) {
    for (const [index, server] of servers.entries()) {
      const run = await startOnce(server, cwd);
      toolCounts[index] = run.toolCount;
      if (round >= warmups) millis[index]?.push(run.millis);
    }
  }
  return servers.map((server, index) => ({ server, millis: millis[index] ?? [], toolCount: toolCounts[index] ?? 0 }));
}
