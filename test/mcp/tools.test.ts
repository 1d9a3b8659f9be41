/**
 * The MCP tools as a client meets them: a real SDK `Client` talks to `createServer()` over an in-memory pair.
 * Checks what tools/list advertises, that `structuredContent` parses with the declared output schema, that
 * failures are `isError` results naming file:line:column, that a preview writes nothing, and that an apply
 * writes all files, reports progress, stops when cancelled, and changes nothing the second time.
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { expect } from 'chai';
import { migrationOutputSchema, type MigrationOutput } from '../../src/mcp/migration-output.js';
import { createServer } from '../../src/mcp/server.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const SNIPPET = `import Redis from 'ioredis';
const redis = new Redis({ host: '127.0.0.1', port: 6379 });
export async function f() { return redis.del('a', 'b'); }
`;

const SERVICE = `import Redis from 'ioredis';

export const redis = new Redis({ host: '127.0.0.1', port: 6379 });

export async function forget(user: string): Promise<number> {
  return redis.del('visits:' + user, 'seen:' + user);
}
`;

const BROKEN = `import Redis from 'ioredis';
const redis = new Redis();
const broken = ;
export default redis;
`;

function textOf(result: CallToolResult): string {
  return result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
}

function outputOf(result: CallToolResult): MigrationOutput {
  return migrationOutputSchema.parse(result.structuredContent);
}

describe('MCP tools (in-memory client)', function () {
  let client: Client;
  let project: TempProject | undefined;

  beforeEach(async function () {
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    client = new Client({ name: 'tools-test', version: '0.0.0' });
    await Promise.all([createServer({ allowedDirectories: [tmpdir()] }).connect(serverTransport), client.connect(clientTransport)]);
  });

  afterEach(async function () {
    await client.close();
    project?.remove();
    project = undefined;
  });

  async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    // listTools first so the client validates structuredContent against the advertised output schema.
    await client.listTools();
    return (await client.callTool({ name, arguments: args })) as CallToolResult;
  }

  it('advertises the server name, version and the workflow', function () {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(client.getServerVersion()).to.deep.equal({ name: 'valkey-glide-codemod', version: pkg.version });
    const instructions = client.getInstructions() ?? '';
    expect(instructions).to.include('`migrate`');
    expect(instructions).to.include('TODO(glide-codemod)');
    expect(instructions).to.include('`apply_migration`');
  });

  it('lists the migration tools with honest annotations and their input and output schemas', async function () {
    const { tools: all } = await client.listTools();
    expect(all.map((tool) => tool.name)).to.deep.equal(['migrate', 'apply_migration', 'plan', 'check', 'explain', 'validate', 'generate', 'verify']);
    const tools = all.slice(0, 2);
    const [migrate, apply] = tools;
    expect(migrate.annotations).to.deep.equal({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
    expect(apply.annotations).to.deep.equal({ readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: false });
    expect(migrate.title).to.equal('Preview a migration to Valkey GLIDE');
    expect(Object.keys(migrate.inputSchema.properties ?? {})).to.deep.equal(['code', 'filename', 'path', 'partial']);
    expect(migrate.inputSchema.required ?? []).to.deep.equal([]);
    expect(apply.inputSchema.required).to.deep.equal(['path']);
    for (const tool of tools) {
      for (const [field, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
        expect((schema as { description?: string }).description, `${tool.name}.${field}`).to.be.a('string').and.not.empty;
      }
      expect(tool.outputSchema?.required).to.deep.equal(['diff', 'report']);
      expect(Object.keys(tool.outputSchema?.properties ?? {})).to.deep.equal(['diff', 'diffResource', 'report', 'migratedCode']);
    }
  });

  it('leaves a client with a use it cannot migrate as written, and migrates it with TODOs when partial', async function () {
    const code = "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\nawait redis.xlen('k');\n";
    const kept = outputOf(await call('migrate', { code, filename: 'queue.mjs' }));
    expect(kept.migratedCode).to.equal(code);
    expect(kept.report.partial).to.equal(false);
    expect(kept.report.clients.map((client) => [client.name, client.status, client.blockedBy.map((site) => [site.ruleId, site.line])])).to.deep.equal([
      ['redis', 'blocked', [['unmigrated-call', 4]]],
    ]);
    const partial = outputOf(await call('migrate', { code, filename: 'queue.mjs', partial: true }));
    expect(partial.report.partial).to.equal(true);
    expect(partial.migratedCode).to.include('GlideClient.createClient');
    expect(partial.migratedCode).to.include('// TODO(glide-codemod): unmigrated-call: xlen()');
    expect(partial.report.clients.map((client) => client.status)).to.deep.equal(['migrated']);
  });

  it('previews a snippet: diff, report and migrated code', async function () {
    const result = await call('migrate', { code: SNIPPET });
    expect(result.isError).to.equal(false);
    const output = outputOf(result);
    expect(output.diff).to.include('--- a/snippet.ts');
    expect(output.diff).to.include('GlideClient.createClient');
    expect(output.diff).to.include("+export async function f() { return redis.del(['a', 'b']); }");
    expect(output.migratedCode).to.include("return redis.del(['a', 'b']);");
    expect(output.migratedCode).to.include("import { GlideClient");
    expect(output.report.written).to.equal(false);
    expect(output.report.summary).to.include({ files: 1, changed: 1, errors: 0 });
    expect(output.report.files.map((file) => [file.path, file.status])).to.deep.equal([['snippet.ts', 'changed']]);
    const text = textOf(result);
    expect(text).to.include('1 file(s): 1 changed, 0 unchanged, 0 skipped, 0 failed');
    expect(text).to.include('Preview only: nothing written.');
    expect(text).to.include(output.diff);
  });

  it('uses the filename extension to pick the parser', async function () {
    const tsx = `import Redis from 'ioredis';\nconst redis = new Redis();\nexport const View = () => <b>{String(redis)}</b>;\n`;
    expect((await call('migrate', { code: tsx, filename: 'view.tsx' })).isError).to.equal(false);
    const asTs = await call('migrate', { code: tsx, filename: 'view.ts' });
    expect(asTs.isError).to.equal(true);
    expect(textOf(asTs)).to.match(/error    view\.ts:3:\d+: syntax error/);
  });

  it('answers a snippet with a syntax error with isError, the line, and no migrated code', async function () {
    const result = await call('migrate', { code: "import Redis from 'ioredis';\nconst x = ;\n", filename: 'bad.ts' });
    expect(result.isError).to.equal(true);
    expect(textOf(result)).to.include('error    bad.ts:2:11: syntax error');
    const output = outputOf(result);
    expect(output.report.files[0]).to.deep.include({ path: 'bad.ts', status: 'error' });
    expect(output.report.files[0].error).to.deep.include({ code: 'parse-error', line: 2, column: 11 });
    expect(output.diff).to.equal('');
    expect(output).not.to.have.property('migratedCode');
  });

  it('refuses both inputs, neither input, and a filename with a path, as tool errors', async function () {
    const both = await call('migrate', { code: SNIPPET, path: '.' });
    const neither = await call('migrate', {});
    const misplaced = await call('migrate', { path: '.', filename: 'x.ts' });
    for (const result of [both, neither]) {
      expect(result.isError).to.equal(true);
      expect(textOf(result)).to.equal('migrate needs exactly one of `code` (a snippet) or `path` (a file or directory)');
    }
    expect(misplaced.isError).to.equal(true);
    expect(textOf(misplaced)).to.equal('`filename` names a `code` snippet; it cannot go with `path`');
  });

  it('answers a missing path with isError naming the path', async function () {
    const result = await call('apply_migration', { path: 'no/such/dir' });
    expect(result.isError).to.equal(true);
    expect(textOf(result)).to.equal('no/such/dir: cannot read file: no such file or directory');
  });

  it('previews a project with a broken file: reports file and line, writes nothing', async function () {
    project = createTempProject({ 'src/service.ts': SERVICE, 'src/broken.ts': BROKEN });
    const before = project.read();
    const result = await call('migrate', { path: project.root });
    expect(result.isError).to.equal(true);
    // A target outside the server's working directory is reported relative to the target itself.
    expect(textOf(result)).to.include('error    src/broken.ts:3:16: syntax error: Unexpected token');
    expect(textOf(result)).to.include('Nothing was written');
    const output = outputOf(result);
    expect(output.report.written).to.equal(false);
    expect(output.report.files.map((file) => [file.path, file.status])).to.deep.equal([
      ['src/broken.ts', 'error'],
      ['src/service.ts', 'changed'],
    ]);
    expect(output.report.files[0].error).to.deep.include({ line: 3, column: 16 });
    expect(output).not.to.have.property('migratedCode');
    expect(project.read()).to.deep.equal(before);
  });

  it('previews a path relative to the server working directory and writes nothing', async function () {
    project = createTempProject({ 'service.ts': SERVICE });
    const result = await call('migrate', { path: path.relative(process.cwd(), project.root) });
    expect(result.isError).to.equal(false);
    expect(outputOf(result).report.summary).to.include({ files: 1, changed: 1 });
    expect(project.read()).to.deep.equal({ 'service.ts': SERVICE });
  });

  it('refuses to apply a project with a broken file and writes nothing', async function () {
    project = createTempProject({ 'src/service.ts': SERVICE, 'src/broken.ts': BROKEN });
    const result = await call('apply_migration', { path: project.root });
    expect(result.isError).to.equal(true);
    expect(outputOf(result).report.written).to.equal(false);
    expect(project.read()).to.deep.equal({ 'src/service.ts': SERVICE, 'src/broken.ts': BROKEN });
  });

  it('applies a project, reports progress, and changes nothing the second time', async function () {
    // An ES module package: the migrated client is awaited where it is created (TypeScript outside one runs as CommonJS).
    project = createTempProject({ 'package.json': '{ "type": "module" }\n', 'src/service.ts': SERVICE, 'src/answer.ts': 'export const answer = 42;\n' });
    await client.listTools();
    const progress: Progress[] = [];
    const first = (await client.callTool({ name: 'apply_migration', arguments: { path: project.root } }, undefined, {
      onprogress: (update) => progress.push(update),
    })) as CallToolResult;
    expect(first.isError).to.equal(false);
    const output = outputOf(first);
    expect(output.report.written).to.equal(true);
    expect(output.report.summary).to.include({ files: 2, changed: 1, skipped: 1, errors: 0 });
    expect(textOf(first)).to.include('Changes written.');
    const service = project.read()['src/service.ts'];
    expect(service).to.include("return redis.del(['visits:' + user, 'seen:' + user]);");
    expect(service).to.include('GlideClient.createClient(');
    expect(service).not.to.include('ioredis');
    expect(progress).to.deep.equal([
      { progress: 1, total: 2, message: 'src/answer.ts' },
      { progress: 2, total: 2, message: 'src/service.ts' },
    ]);

    const migrated = project.read();
    const second = await call('apply_migration', { path: project.root });
    expect(second.isError).to.equal(false);
    expect(outputOf(second).report.written).to.equal(false);
    expect(outputOf(second).report.summary.changed).to.equal(0);
    expect(outputOf(second).diff).to.equal('');
    expect(textOf(second)).to.include('Nothing to migrate.');
    expect(project.read()).to.deep.equal(migrated);
  });

  it('writes nothing when the client cancels an apply', async function () {
    project = createTempProject({ 'service.ts': SERVICE });
    await client.listTools();
    const controller = new AbortController();
    const pending = client.callTool({ name: 'apply_migration', arguments: { path: project.root } }, undefined, {
      signal: controller.signal,
    });
    // The request has been delivered; its handler starts on a later tick, after the cancellation arrives.
    controller.abort('changed my mind');
    let rejection: unknown;
    await pending.catch((error: unknown) => {
      rejection = error;
    });
    expect(String(rejection)).to.include('changed my mind');
    // Give a handler that ignored the signal time to finish writing, so this assertion could catch it.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(project.read()).to.deep.equal({ 'service.ts': SERVICE });
  });

  it('writes nothing when an apply is cancelled at any point of its run, down to the last file and the write', async function () {
    this.timeout(120_000);
    const files = 120;
    const sources = Object.fromEntries(Array.from({ length: files }, (_, index) => [`m${index}.ts`, SERVICE.replace('forget', `forget${index}`)]));
    // Cancelled after the first file, half-way, after the last file (the write then starts) and a moment later.
    for (const [after, delayMs] of [[1, 0], [files / 2, 0], [files, 0], [files, 2]] as const) {
      project = createTempProject(sources);
      const controller = new AbortController();
      const pending = client.callTool({ name: 'apply_migration', arguments: { path: project.root } }, undefined, {
        signal: controller.signal,
        onprogress: (progress: Progress) => {
          if (progress.progress >= after) setTimeout(() => controller.abort('stop'), delayMs);
        },
      });
      const outcome = await pending.then(() => 'finished', () => 'cancelled');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const now = project.read();
      const untouched = Object.keys(sources).every((file) => now[file] === sources[file]);
      // A cancellation that arrives after the last rename is too late: the apply finished, every file is new.
      if (outcome === 'cancelled') expect(untouched, `cancelled after ${after} file(s) + ${delayMs} ms`).to.equal(true);
      else expect(Object.values(now).every((text) => text.includes('@valkey/valkey-glide')), `finished after ${after}`).to.equal(true);
      expect(Object.keys(now).filter((file) => file.includes('glide-codemod'))).to.deep.equal([]);
      project.remove();
    }
  });

  it('answers a ping within a second during an 800-file project run, and the call after a cancellation too', async function () {
    this.timeout(300_000);
    project = createTempProject(Object.fromEntries(Array.from({ length: 800 }, (_, index) => [`m${index}.ts`, SERVICE.replace('forget', `forget${index}`)])));
    const controller = new AbortController();
    let progressed = 0;
    const run = client.callTool({ name: 'migrate', arguments: { path: project.root } }, undefined, {
      signal: controller.signal,
      timeout: 300_000,
      onprogress: (progress: Progress) => {
        progressed = progress.progress;
      },
    });
    const latencies: number[] = [];
    // Pings while the run parses, analyses and migrates (the first progress comes after the first migrated file).
    for (let ping = 0; ping < 5; ping += 1) {
      const started = performance.now();
      await client.ping();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(progressed, 'the run was still going').to.be.lessThan(800);
    controller.abort('enough');
    await run.catch(() => undefined);
    const started = performance.now();
    await client.ping();
    latencies.push(performance.now() - started);
    expect(Math.max(...latencies), latencies.map((ms) => ms.toFixed(0)).join(' ')).to.be.lessThan(1000);
  });

  it('lists plan and check as read-only tools taking a path, their output schemas those of the CLI’s JSON', async function () {
    const { tools } = await client.listTools();
    for (const name of ['plan', 'check']) {
      const tool = tools.find((candidate) => candidate.name === name)!;
      expect(tool.annotations, name).to.deep.equal({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
      expect(tool.inputSchema.required, name).to.deep.equal(['path']);
    }
    expect(Object.keys(tools.find((tool) => tool.name === 'plan')!.outputSchema?.properties ?? {})).to.deep.equal(['families', 'removableDependencies', 'steps']);
    expect(Object.keys(tools.find((tool) => tool.name === 'check')!.outputSchema?.properties ?? {})).to.deep.equal(['findings', 'suppressed', 'files', 'errors']);
  });

  it('plans a project: each client, automatic or not, and the steps; writes nothing', async function () {
    project = createTempProject({ 'service.ts': SERVICE });
    const result = await call('plan', { path: project.root });
    expect(result.isError).to.equal(false);
    const plan = result.structuredContent as { families: { name: string; automatic: boolean }[]; steps: string[] };
    expect(plan.families.map((family) => [family.name, family.automatic])).to.deep.equal([['redis', true]]);
    expect(textOf(result)).to.include('1 client family: 1 automatic, 0 blocked.');
    expect(project.read()).to.deep.equal({ 'service.ts': SERVICE });
  });

  it('checks a project: a finding for a client still on ioredis, none once it is migrated', async function () {
    project = createTempProject({ 'service.ts': SERVICE });
    const before = await call('check', { path: project.root });
    const findings = (before.structuredContent as { findings: { ruleId: string; line: number }[] }).findings;
    expect(findings.map((finding) => [finding.ruleId, finding.line])).to.deep.equal([['client-migratable', 3]]);
    await call('apply_migration', { path: project.root });
    const after = await call('check', { path: project.root });
    expect((after.structuredContent as { findings: unknown[] }).findings).to.deep.equal([]);
    expect(textOf(after)).to.include('No findings in 1 file(s).');
  });

  it('explains a command by any of its names, and answers an unknown name with the closest ones as an error', async function () {
    const result = await call('explain', { name: 'zAdd' });
    expect(result.isError).to.equal(false);
    const { answer } = result.structuredContent as { answer: { kind: string; commands: { command: string; migration: { rule: string } }[] } };
    expect(answer.kind).to.equal('commands');
    expect(answer.commands.map((command) => [command.command, command.migration.rule])).to.deep.equal([['ZADD', 'zadd-score-member-pairs']]);
    expect(textOf(result)).to.include('ZADD');
    const unknown = await call('explain', { name: 'zaddd' });
    expect(unknown.isError).to.equal(true);
    expect((unknown.structuredContent as { answer: { kind: string; suggestions: string[] } }).answer.suggestions).to.include('ZADD');
    const both = await call('explain', { name: 'get', search: 'x' });
    expect(both.isError).to.equal(true);
    expect(textOf(both)).to.include('exactly one of `name` or `search`');
  });

  it('validates a GLIDE snippet: a pitfall with its line, column and rule id, nothing for clean code', async function () {
    const wrong = "import { GlideClient } from '@valkey/valkey-glide';\nconst client = await GlideClient.createClient({ addresses: [] });\nawait client.del('k');\n";
    const result = await call('validate', { code: wrong, filename: 'queue.js' });
    expect(result.isError).to.equal(false);
    const report = result.structuredContent as { language: string; findings: { ruleId: string; line: number }[] };
    expect(report.language).to.equal('js');
    expect(report.findings.map((finding) => [finding.ruleId, finding.line])).to.deep.equal([['string-as-list', 3]]);
    const clean = await call('validate', { code: wrong.replace("del('k')", "del(['k'])"), filename: 'queue.js' });
    expect((clean.structuredContent as { findings: unknown[] }).findings).to.deep.equal([]);
    expect(textOf(clean)).to.equal('No problems.');
  });
});

describe('MCP tools: a snippet over the size limit', function () {
  it('is refused by migrate and validate with the size and how to raise the limit, under a limit given at start', async function () {
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: 'limits-test', version: '0.0.0' });
    await Promise.all([createServer({ limits: { snippetBytes: 100 } }).connect(serverTransport), client.connect(clientTransport)]);
    try {
      await client.listTools();
      const code = SNIPPET.repeat(3);
      for (const name of ['migrate', 'validate']) {
        const result = (await client.callTool({ name, arguments: { code } })) as CallToolResult;
        expect(result.isError, name).to.equal(true);
        expect(textOf(result), name).to.include(`code is ${Buffer.byteLength(code)} bytes, over this server's limit of 100 bytes`);
        expect(textOf(result), name).to.include('--max-snippet-bytes');
      }
      const small = (await client.callTool({ name: 'validate', arguments: { code: 'export {};' } })) as CallToolResult;
      expect(small.isError).to.equal(false);
    } finally {
      await client.close();
    }
  });
});

describe('MCP tools: paths stay inside the workspace', function () {
  let client: Client;
  let inside: TempProject;
  let outside: TempProject;

  beforeEach(async function () {
    inside = createTempProject({ 'service.ts': SERVICE });
    outside = createTempProject({ 'secret.ts': SERVICE });
    symlinkSync(outside.root, path.join(inside.root, 'linked'));
    mkdirSync(path.join(inside.root, 'sub'));
    const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
    client = new Client({ name: 'workspace-test', version: '0.0.0' });
    await Promise.all([createServer({ allowedDirectories: [inside.root] }).connect(serverTransport), client.connect(clientTransport)]);
  });

  afterEach(async function () {
    await client.close();
    inside.remove();
    outside.remove();
  });

  async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    await client.listTools();
    return (await client.callTool({ name, arguments: args })) as CallToolResult;
  }

  it('works on a path inside a directory given at start', async function () {
    const result = await call('migrate', { path: path.join(inside.root, 'service.ts') });
    expect(result.isError, textOf(result)).to.equal(false);
  });

  it('refuses an absolute path elsewhere, a ../ walk out and a symlinked folder that leads outside, for every path tool, and writes nothing', async function () {
    const targets = [outside.root, path.join(inside.root, 'sub', '..', '..', path.basename(outside.root)), path.join(inside.root, 'linked')];
    for (const name of ['migrate', 'apply_migration', 'plan', 'check']) {
      for (const target of targets) {
        const result = await call(name, { path: target });
        expect(result.isError, `${name} ${target}`).to.equal(true);
        expect(textOf(result), `${name} ${target}`).to.include('is outside the directories this server may use');
      }
    }
    expect(outside.read()).to.deep.equal({ 'secret.ts': SERVICE });
  });
});
