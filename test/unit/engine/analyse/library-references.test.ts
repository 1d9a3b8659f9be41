/**
 * The libraries a migrated file still names as modules decide what the report says is still needed: a client
 * class required in a conditional (`isTest() ? require('ioredis-mock') : require('ioredis')`) is no client the
 * codemod migrates, and the program still needs ioredis.
 */
import { expect } from 'chai';
import { parseSource } from '../../../../src/engine/parse.js';
import { findLibraryReferences, librariesStillReferenced } from '../../../../src/engine/analyse/library-references.js';
import { migrateCode } from '../../../../src/index.js';

const referenced = (file: string, text: string) => {
  const parsed = parseSource(file, text);
  return librariesStillReferenced(parsed, findLibraryReferences(parsed));
};

describe('the source libraries a file names as modules', function () {
  it('finds imports, re-exports, requires and dynamic imports, in any expression', function () {
    expect(referenced('a.js', "const Redis = process.env.TEST ? require('ioredis-mock') : require('ioredis');")).to.deep.equal(['ioredis']);
    expect(referenced('b.mjs', "export { createClient } from 'redis';\nconst m = await import('ioredis');")).to.deep.equal(['ioredis', 'node-redis']);
    expect(referenced('c.mjs', "export * from '@redis/client';")).to.deep.equal(['node-redis']);
    expect(referenced('d.ts', "import Redis = require('ioredis');\ntype C = import('redis').RedisClientType;")).to.deep.equal(['ioredis', 'node-redis']);
  });

  it('ignores other modules and names that are not module specifiers', function () {
    expect(referenced('e.js', "const x = require('ioredis-mock'); const y = require('constructor'); const s = 'ioredis'; load('redis');")).to.deep.equal([]);
  });

  it('keeps a library the report still needs when a file requires it where no client is recognised', function () {
    const code = [
      "const Redis = process.env.USE_MOCK ? require('ioredis-mock') : require('ioredis');",
      'const cache = new Redis();',
      "const IORedis = require('ioredis');",
      'const counter = new IORedis();',
      "counter.incr('hits').then(() => { counter.quit(); });",
      '',
    ].join('\n');
    const { report } = migrateCode('cache.js', code);
    expect(report.summary.clients).to.deep.equal({ migrated: 1, blocked: 0 });
    expect(report.files[0].stillImports).to.deep.equal(['ioredis']);
    expect(report.summary.stillNeeded).to.deep.equal(['ioredis']);
  });

  it('needs nothing more where the migration removed every reference', function () {
    const { report } = migrateCode('counter.js', "const Redis = require('ioredis');\nconst counter = new Redis();\ncounter.incr('hits').then(() => { counter.quit(); });\n");
    expect(report.summary.clients).to.deep.equal({ migrated: 1, blocked: 0 });
    expect(report.files[0].stillImports).to.equal(undefined);
    expect(report.summary.stillNeeded).to.deep.equal([]);
    // An import the migration turns into GLIDE's own (the same node, another module) names ioredis no more.
    const esm = migrateCode('counter.mjs', "import Redis from 'ioredis';\nconst counter = new Redis();\nawait counter.incr('hits');\nawait counter.quit();\n");
    expect(esm.output).to.include("from '@valkey/valkey-glide'");
    expect(esm.report.files[0].stillImports).to.equal(undefined);
    expect(esm.report.summary.stillNeeded).to.deep.equal([]);
  });
});
