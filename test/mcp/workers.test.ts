/**
 * The MCP server's project runs on worker threads (`--workers`, the server's `workers` setting): the same
 * structured answer and progress as a run in the server's thread, pings answered while the threads work, and a
 * cancelled apply writes nothing. A real SDK `Client` over an in-memory pair.
 */
import { tmpdir } from 'node:os';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { createServer } from '../../src/mcp/server.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';
import { clientFlowProject } from '../unit/engine/project-run/client-flow-project.js';

async function connectedClient(workers: number): Promise<Client> {
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  const client = new Client({ name: 'workers-test', version: '0.0.0' });
  await Promise.all([createServer({ allowedDirectories: [tmpdir()], limits: { workers } }).connect(serverTransport), client.connect(clientTransport)]);
  return client;
}

describe('MCP project runs on worker threads', function () {
  this.timeout(120_000);
  let project: TempProject | undefined;
  const clients: Client[] = [];
  afterEach(async () => {
    project?.remove();
    await Promise.all(clients.splice(0).map((client) => client.close()));
  });

  it('answers migrate, check and plan as a run in the server thread does, with the same progress', async function () {
    project = createTempProject(clientFlowProject(12));
    const [single, threaded] = await Promise.all([connectedClient(1), connectedClient(2)]);
    clients.push(single, threaded);
    for (const name of ['migrate', 'check', 'plan']) {
      const answers: { result: CallToolResult; progress: Progress[] }[] = [];
      for (const client of [single, threaded]) {
        const progress: Progress[] = [];
        const result = (await client.callTool({ name, arguments: { path: project.root } }, undefined, { onprogress: (update) => progress.push(update) })) as CallToolResult;
        answers.push({ result, progress });
      }
      expect(answers[0].result.isError, name).to.not.equal(true);
      expect(JSON.stringify(answers[1].result), name).to.equal(JSON.stringify(answers[0].result));
      expect(answers[1].progress, name).to.deep.equal(answers[0].progress);
    }
  });

  it('answers pings while the threads work, and a cancelled apply writes nothing', async function () {
    const files = clientFlowProject(150);
    project = createTempProject(files);
    const client = await connectedClient(2);
    clients.push(client);
    const controller = new AbortController();
    let progressed = 0;
    const run = client.callTool({ name: 'apply_migration', arguments: { path: project.root } }, undefined, {
      signal: controller.signal,
      onprogress: (update) => {
        progressed = update.progress;
        if (progressed >= 20) controller.abort('enough');
      },
    });
    const outcome = run.then(() => 'finished', (error: unknown) => String(error));
    const latencies: number[] = [];
    while (progressed < 20) {
      const started = performance.now();
      await client.ping();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await outcome).to.include('enough');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(project.read()).to.deep.equal(files);
    expect(latencies.length).to.be.greaterThan(0);
    expect(Math.max(...latencies), latencies.map((ms) => ms.toFixed(0)).join(' ')).to.be.lessThan(1000);
  });
});
