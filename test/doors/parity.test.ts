/**
 * The three doors are adapters over one engine: for the same file, `glide-codemod migrate --write`, the
 * jscodeshift transform run by jscodeshift itself, and the MCP `migrate` preview (a real SDK client talking to
 * `glide-codemod mcp` over stdio) must produce the same text. Each case also keeps its comments outside the
 * rewritten spans, and a second CLI run changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { expect } from 'chai';
import { migrationOutputSchema, type MigrationOutput } from '../../src/mcp/migration-output.js';
import { CLI_ENTRY, runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JSCODESHIFT = path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');

const ESM_PACKAGE = '{ "type": "module" }\n';

interface DoorCase {
  readonly transform: string;
  readonly file: string;
  readonly text: string;
  /** Comments that sit outside every rewritten span and must come out unchanged. */
  readonly comments: readonly string[];
}

const CASES: readonly DoorCase[] = [
  {
    transform: 'ioredis-to-glide.ts',
    file: 'service.ts',
    text: `import Redis from 'ioredis';

// Cache node in the second rack.
const redis = new Redis(6380, '10.0.0.5');

/** Drops the given keys in one round trip. */
export async function tidy(keys: string[]): Promise<number> {
  // one round trip
  return redis.del(...keys);
}

export async function remember(key: string, value: string): Promise<void> {
  await redis.set(key, value, 'EX', 60); /* seconds */
  console.log(await redis.hgetall(key)); // the whole hash
}
`,
    comments: ['// Cache node in the second rack.', '/** Drops the given keys in one round trip. */', '// one round trip', '/* seconds */', '// the whole hash'],
  },
  {
    transform: 'node-redis-to-glide.ts',
    file: 'main.js',
    text: `const { createClient } = require('redis');

async function main() {
  // database 2 holds the user profiles
  const client = createClient({ socket: { host: '127.0.0.1', port: 6379 }, database: 2 });
  await client.connect();
  console.log(await client.hGet('user:1', 'name')); // may be null
  console.log(await client.sMembers('user:1:roles'));
  await client.quit();
}

main();
`,
    comments: ['// database 2 holds the user profiles', '// may be null'],
  },
];

function runJscodeshift(transform: string, cwd: string, file: string) {
  return spawnSync(process.execPath, [JSCODESHIFT, '-t', path.join(ROOT, 'transforms', transform), '--run-in-band', file], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('CLI, jscodeshift and MCP produce the same change', function () {
  const projects: TempProject[] = [];
  const client = new Client({ name: 'parity-test', version: '0.0.0' });

  before(async function () {
    const transport = new StdioClientTransport({ command: process.execPath, args: [CLI_ENTRY, 'mcp', '--allow-dir', tmpdir()], cwd: ROOT, stderr: 'pipe' });
    await client.connect(transport);
  });

  after(async function () {
    await client.close();
    projects.forEach((project) => project.remove());
  });

  async function previewOverMcp(arguments_: Record<string, string>): Promise<MigrationOutput> {
    const result = await client.callTool({ name: 'migrate', arguments: arguments_ });
    expect(result.isError, JSON.stringify(result.content)).to.not.equal(true);
    return migrationOutputSchema.parse(result.structuredContent);
  }

  for (const { transform, file, text, comments } of CASES) {
    it(`${file}: the CLI, ${transform} and the MCP preview agree`, async function () {
      // Each project is an ES module package, which is what a snippet is taken to be.
      const viaCli = createTempProject({ 'package.json': ESM_PACKAGE, [file]: text });
      const viaJscodeshift = createTempProject({ 'package.json': ESM_PACKAGE, [file]: text });
      projects.push(viaCli, viaJscodeshift);

      const cliPreview = runBuiltCli(['migrate', file], viaCli.root);
      const cli = runBuiltCli(['migrate', '--write', file], viaCli.root);
      expect(cli.exitCode, cli.stderr).to.equal(0);
      const migrated = viaCli.read()[file];
      expect(migrated).to.not.equal(text);

      const shifted = runJscodeshift(transform, viaJscodeshift.root, file);
      expect(shifted.status, shifted.stderr).to.equal(0);
      expect(shifted.stdout).to.include('1 ok');
      expect(viaJscodeshift.read()[file]).to.equal(migrated);

      const snippet = await previewOverMcp({ code: text, filename: file });
      expect(snippet.migratedCode).to.equal(migrated);
      const project = createTempProject({ 'package.json': ESM_PACKAGE, [file]: text });
      projects.push(project);
      const byPath = await previewOverMcp({ path: project.root });
      expect(byPath.report.summary.changed).to.equal(1);
      expect(byPath.diff).to.include(`+++ b/${file}`);
      expect(cliPreview.stdout).to.include(byPath.diff.trim());
      expect(project.read()[file], 'the preview wrote the file').to.equal(text);

      for (const comment of comments) expect(migrated).to.include(comment);
      const again = runBuiltCli(['migrate', '--write', file], viaCli.root);
      expect(again.exitCode, again.stderr).to.equal(0);
      expect(viaCli.read()[file], 'a second run changed the file').to.equal(migrated);
    });
  }
});
