/**
 * The jscodeshift transforms are adapters over the engine: run through jscodeshift itself, they must leave
 * exactly what the CLI leaves for the same file.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuiltCli } from '../helpers/run-cli.js';
import { createTempProject, type TempProject } from '../helpers/temp-project.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const JSCODESHIFT = path.join(ROOT, 'node_modules/jscodeshift/bin/jscodeshift.js');

const IOREDIS_FILE = `import Redis from 'ioredis';

const redis = new Redis(6380, '10.0.0.5');

export async function tidy(keys: string[]): Promise<number> {
  // one round trip
  return redis.del(...keys);
}
`;

const NODE_REDIS_FILE = `const { createClient } = require('redis');

async function main() {
  const client = createClient({ socket: { host: '127.0.0.1', port: 6379 }, database: 2 });
  await client.connect();
  console.log(await client.hGet('user:1', 'name'));
  await client.quit();
}

main();
`;

function runJscodeshift(transform: string, cwd: string, file: string) {
  return spawnSync(process.execPath, [JSCODESHIFT, '-t', path.join(ROOT, 'transforms', transform), '--run-in-band', file], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('jscodeshift transforms', function () {
  const projects: TempProject[] = [];
  after(function () {
    projects.forEach((project) => project.remove());
  });

  for (const [transform, file, text] of [
    ['ioredis-to-glide.ts', 'service.ts', IOREDIS_FILE],
    ['node-redis-to-glide.ts', 'main.js', NODE_REDIS_FILE],
  ] as const) {
    it(`${transform} leaves what the CLI leaves`, function () {
      const viaCli = createTempProject({ [file]: text });
      const viaJscodeshift = createTempProject({ [file]: text });
      projects.push(viaCli, viaJscodeshift);
      const cli = runBuiltCli(['migrate', '--write', file], viaCli.root);
      expect(cli.exitCode, cli.stderr).to.equal(0);
      const shifted = runJscodeshift(transform, viaJscodeshift.root, file);
      expect(shifted.status, shifted.stderr).to.equal(0);
      expect(shifted.stdout).to.include('1 ok');
      expect(viaCli.read()[file]).to.not.equal(text);
      expect(viaJscodeshift.read()).to.deep.equal(viaCli.read());
    });
  }
});
