/**
 * Do no harm, decided per client: a client is migrated only when every use of it can be; otherwise it and every
 * name it reaches, in this file and in the modules it crosses into, stay exactly as written, and the report
 * names each place that keeps it there.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrateProject } from '../../../../src/index.js';
import { migrateSource } from '../../../../src/index.js';
import { createTempProject, type TempProject } from '../../../helpers/temp-project.js';

const twoClients = [
  "import Redis from 'ioredis';",
  "const cache = new Redis({ port: 6380 });",
  "const queue = new Redis({ port: 6381 });",
  "await cache.set('k', 'v');",
  "await queue.set('j', 'w');",
  "queue.xlen('j');",
  'await cache.quit();',
  'await queue.quit();',
  '',
].join('\n');

const projects: TempProject[] = [];

function project(files: Record<string, string>): string {
  const created = createTempProject(files);
  projects.push(created);
  return created.root;
}

after(function () {
  for (const created of projects) created.remove();
});

describe('the per-client decision', function () {
  it('migrates the client whose uses can all be migrated and leaves the other exactly as written', function () {
    const result = migrateSource('two.ts', twoClients);
    const lines = result.after.split('\n');
    expect(lines).to.include('const queue = new Redis({ port: 6381 });');
    expect(lines).to.include("await queue.set('j', 'w');");
    expect(lines).to.include("queue.xlen('j');");
    expect(lines).to.include("import Redis from 'ioredis';");
    expect(result.after).to.include('const cache = await GlideClient.createClient(');
    expect(lines).to.include('cache.close();');
    expect(result.after).not.to.include('TODO(glide-codemod)');
    expect(result.clients.map((client) => [client.name, client.blocked])).to.deep.equal([
      ['cache', false],
      ['queue', true],
    ]);
    expect(result.blockers.map((blocker) => [blocker.ruleId, blocker.line])).to.deep.equal([['unmigrated-call', 6]]);
  });

  it('leaves TODOs instead when the run is partial', function () {
    const result = migrateSource('two.ts', twoClients, { partial: true });
    expect(result.after).to.include('const queue = await GlideClient.createClient(');
    expect(result.after).to.include('TODO(glide-codemod): unmigrated-call');
    expect(result.blockers).to.deep.equal([]);
  });

  it('keeps a client passed to a helper as written in the helper too', function () {
    const source = [
      "import Redis from 'ioredis';",
      'async function count(client) {',
      "  return client.xlen('visitors');",
      '}',
      'const redis = new Redis();',
      'console.log(await count(redis));',
      'await redis.quit();',
      '',
    ].join('\n');
    const result = migrateSource('helper.js', source);
    expect(result.changed).to.equal(false);
    expect(result.after).to.equal(source);
  });

  it('follows the family across modules: a client blocked in an importer stays as written where it is created', async function () {
    const directory = project({
      'package.json': '{ "type": "module" }\n',
      'client.js': "import Redis from 'ioredis';\nexport const redis = new Redis();\n",
      'counter.js': "import { redis } from './client.js';\nawait redis.incr('n');\n",
      'stream.js': "import { redis } from './client.js';\nawait redis.xadd('s', '*', 'f', 'v');\n",
      'other.js': "import Redis from 'ioredis';\nconst other = new Redis();\nawait other.set('a', 'b');\nawait other.quit();\n",
    });
    const { report, changes } = await migrateProject({ paths: ['.'], cwd: directory });
    expect(changes.map((change) => change.path)).to.deep.equal(['other.js']);
    const blocked = report.clients.filter((client) => client.status === 'blocked');
    expect(blocked.map((client) => [client.path, client.line, client.name])).to.deep.equal([['client.js', 2, 'redis']]);
    expect(blocked[0].blockedBy.map((site) => [site.ruleId, site.path, site.line])).to.deep.equal([['unmigrated-call', 'stream.js', 2]]);
    expect(report.summary.clients).to.deep.equal({ migrated: 1, blocked: 1 });
    expect(report.summary.stillNeeded).to.deep.equal(['ioredis']);
  });

  it('writes nothing of a blocked family with --write', async function () {
    const directory = project({ 'main.js': "const Redis = require('ioredis');\nconst redis = new Redis();\nredis.multi().set('a', 'b').exec().then(() => redis.quit()).then(console.log);\n" });
    const before = readFileSync(path.join(directory, 'main.js'), 'utf8');
    const { report } = await migrateProject({ paths: ['.'], cwd: directory, write: true });
    expect(report.written).to.equal(false);
    expect(readFileSync(path.join(directory, 'main.js'), 'utf8')).to.equal(before);
  });

  it('leaves a client shared with other modules as written when the run sees one file (jscodeshift)', function () {
    const exporting = "import Redis from 'ioredis';\nexport const redis = new Redis();\nawait redis.set('k', 'v');\n";
    const exported = migrateSource('client.js', exporting, { isolated: true });
    expect(exported.after).to.equal(exporting);
    expect(exported.blockers.map((blocker) => [blocker.ruleId, blocker.line])).to.deep.equal([['client-escapes', 2]]);
    const receiving = "import Redis from 'ioredis';\nexport async function touch(redis: Redis) {\n  await redis.set('k', 'v');\n}\n";
    expect(migrateSource('touch.ts', receiving, { isolated: true }).after).to.equal(receiving);
    const local = "import Redis from 'ioredis';\nconst redis = new Redis();\nawait redis.set('k', 'v');\n";
    expect(migrateSource('local.js', local, { isolated: true }).changed).to.equal(true);
  });

  it('follows a client through a barrel that re-exports it, into the modules importing the barrel', async function () {
    const directory = project({
      'package.json': '{ "type": "module" }\n',
      'client.js': "import Redis from 'ioredis';\nexport const redis = new Redis();\n",
      'index.js': "export * from './client.js';\n",
      'main.js': "import { redis } from './index.js';\nawait redis.hset('h', 'f', 'v');\nawait redis.xadd('s', '*', 'f', 'v');\n",
    });
    const { report, changes } = await migrateProject({ paths: ['.'], cwd: directory });
    expect(changes.map((change) => change.path)).to.deep.equal([]);
    expect(report.clients.map((client) => [client.path, client.status])).to.deep.equal([['client.js', 'blocked']]);
    expect(report.clients[0].blockedBy.map((site) => [site.path, site.line])).to.deep.equal([['main.js', 3]]);
  });

  it('migrates a client re-exported by a barrel together with the calls made through it', async function () {
    const directory = project({
      'package.json': '{ "type": "module" }\n',
      'client.js': "import Redis from 'ioredis';\nexport const redis = new Redis();\n",
      'index.js': "export { redis as cache } from './client.js';\n",
      'main.js': "import { cache } from './index.js';\nawait cache.hset('h', 'f', 'v');\n",
    });
    const { changes } = await migrateProject({ paths: ['.'], cwd: directory });
    expect(changes.map((change) => change.path)).to.deep.equal(['client.js', 'main.js']);
    expect(changes[1].after).to.include("cache.hset('h', [{ field: 'f', value: 'v' }])");
  });

  it('leaves a client reached through a namespace import or a whole-module require as written', async function () {
    for (const [importer, specifier] of [
      ["import * as db from './client.js';\nawait db.redis.set('k', 'v');\n", 'main.js'],
      ["const db = require('./client.cjs');\ndb.redis.set('k', 'v');\n", 'main.cjs'],
    ]) {
      const commonJs = specifier.endsWith('.cjs');
      const directory = project({
        'package.json': '{ "type": "module" }\n',
        [commonJs ? 'client.cjs' : 'client.js']: commonJs
          ? "const Redis = require('ioredis');\nconst redis = new Redis();\nexports.redis = redis;\n"
          : "import Redis from 'ioredis';\nexport const redis = new Redis();\n",
        [specifier]: importer,
      });
      const { report, changes } = await migrateProject({ paths: ['.'], cwd: directory });
      expect(changes, specifier).to.deep.equal([]);
      expect(report.clients[0].blockedBy.map((site) => [site.ruleId, site.path, site.line]), specifier).to.deep.equal([['client-escapes', specifier, 1]]);
    }
  });

  it('follows a client through a cast that keeps its type, and leaves one cast to any or called through a cast as written', function () {
    const header = "import Redis from 'ioredis';\nconst redis = new Redis();\n";
    const followed = `${header}async function visit(client: Redis) {\n  return client.incr('visits');\n}\nconsole.log(await visit(redis as Redis));\n`;
    expect(migrateSource('a.ts', followed, { packageType: 'module' }).blockers).to.deep.equal([]);
    for (const body of ["console.log(await (redis as Redis).incr('visits'));\n", "hand(redis as any);\n"]) {
      const result = migrateSource('b.ts', `${header}${body}`, { packageType: 'module' });
      expect(result.changed, body).to.equal(false);
      expect(result.blockers.map((blocker) => blocker.ruleId), body).to.deep.equal(['client-escapes']);
    }
  });

  it('leaves a parameter typed as a client that no client of the run reaches as written', function () {
    const library = "import type { Redis } from 'ioredis';\nexport async function touch(redis: Redis) {\n  await redis.set('k', 'v');\n}\n";
    const result = migrateSource('touch.ts', library);
    expect(result.after).to.equal(library);
    expect(result.blockers.map((blocker) => [blocker.ruleId, blocker.line])).to.deep.equal([['client-escapes', 2]]);
  });
});
