/**
 * The built MCP server driven by the MCP Inspector's CLI mode (`mcp-inspector --cli`), a client written by the
 * protocol's authors rather than by us: it lists the tools and resource templates and calls a tool, each over
 * stdio against `node dist/src/mcp/main.js`. The inspector is pinned to 0.15.0, the last release that runs on the
 * project's Node 20 (0.16 and later need Node 22). dist/ is built by `npm test`'s pretest step.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SERVER_ENTRY = path.join(ROOT, 'dist/src/mcp/main.js');
const INSPECTOR = createRequire(import.meta.url).resolve('@modelcontextprotocol/inspector/cli/build/cli.js');

interface InspectorRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** One inspector CLI call against a fresh server; `args` are the inspector's (`--method tools/list`, ...). */
function inspect(args: readonly string[]): Promise<InspectorRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INSPECTOR, '--cli', process.execPath, SERVER_ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function parsed(run: InspectorRun): Record<string, unknown> {
  expect(run.code, run.stderr).to.equal(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe('the MCP server under the MCP Inspector CLI', function () {
  this.timeout(120_000);

  it('lists every tool with its input schema', async function () {
    const { tools } = parsed(await inspect(['--method', 'tools/list'])) as { tools: { name: string; inputSchema: { type: string } }[] };
    expect(tools.map((tool) => tool.name)).to.include.members(['migrate', 'apply_migration', 'plan', 'check', 'explain', 'validate', 'generate', 'verify']);
    for (const tool of tools) expect(tool.inputSchema.type, tool.name).to.equal('object');
  });

  it('lists the resource templates', async function () {
    const { resourceTemplates } = parsed(await inspect(['--method', 'resources/templates/list'])) as { resourceTemplates: { uriTemplate: string }[] };
    expect(resourceTemplates.map((template) => template.uriTemplate)).to.include('glide-codemod://rules/{id}');
  });

  it('calls explain and gets the catalogue answer as text and as structured content', async function () {
    const result = parsed(await inspect(['--method', 'tools/call', '--tool-name', 'explain', '--tool-arg', 'name=zAdd'])) as {
      content: { type: string; text: string }[];
      structuredContent: { answer: { kind: string; commands: { command: string }[] } };
      isError?: boolean;
    };
    expect(result.isError ?? false).to.equal(false);
    expect(result.content[0].text).to.include('ZADD');
    expect(result.structuredContent.answer.kind).to.equal('commands');
    expect(result.structuredContent.answer.commands.map((entry) => entry.command)).to.include('ZADD');
  });

  it('calls migrate on a snippet and gets the migrated code', async function () {
    const code = "import Redis from 'ioredis';\nconst redis = new Redis();\nexport const read = () => redis.get('k');\n";
    const result = parsed(await inspect(['--method', 'tools/call', '--tool-name', 'migrate', '--tool-arg', `code=${code}`, '--tool-arg', 'filename=store.ts'])) as {
      structuredContent: { migratedCode?: string };
    };
    expect(result.structuredContent.migratedCode).to.include("from '@valkey/valkey-glide'");
  });
});
