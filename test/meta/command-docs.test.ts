/**
 * `docs/commands/` and the examples `explain` shows are what the catalogue and the golden fixtures generate now: a
 * page changed by hand or left stale fails here (`npm run docs:commands` writes them).
 */
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { commandReferencePages } from '../../src/knowledge/commands/reference-pages.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';
import { commandExamplesModule } from '../../scripts/command-examples.js';
import { batchMethodsModule } from '../../scripts/batch-methods.js';
import { nodeRedisAliasesModule } from '../../scripts/node-redis-aliases.js';

const DIRECTORY = path.resolve(FIXTURES_ROOT, '../docs/commands');

describe('the generated command reference (docs/commands/)', function () {
  const pages = commandReferencePages();

  it('holds exactly the pages the catalogue generates', function () {
    expect(readdirSync(DIRECTORY).sort()).to.deep.equal(pages.map((page) => page.file).sort());
  });

  for (const page of pages) {
    it(`${page.file} is current (npm run docs:commands)`, function () {
      const file = path.join(DIRECTORY, page.file);
      expect(existsSync(file), file).to.equal(true);
      expect(readFileSync(file, 'utf8')).to.equal(page.text);
    });
  }
});

describe('the generated command examples (src/knowledge/generated/command-examples.ts)', function () {
  it('are the ones the golden fixtures give now (npm run docs:commands)', function () {
    const file = path.resolve(FIXTURES_ROOT, '../src/knowledge/generated/command-examples.ts');
    expect(readFileSync(file, 'utf8')).to.equal(commandExamplesModule());
  });
});

describe('the generated batch methods (src/knowledge/generated/batch-methods.ts)', function () {
  it("are the installed GLIDE's Batch and ClusterBatch methods (npm run docs:commands)", function () {
    const file = path.resolve(FIXTURES_ROOT, '../src/knowledge/generated/batch-methods.ts');
    expect(readFileSync(file, 'utf8')).to.equal(batchMethodsModule());
  });
});

describe('the generated node-redis aliases (src/knowledge/generated/node-redis-aliases.ts)', function () {
  it("are the installed node-redis' UPPERCASE method names (npm run docs:commands)", function () {
    const file = path.resolve(FIXTURES_ROOT, '../src/knowledge/generated/node-redis-aliases.ts');
    expect(readFileSync(file, 'utf8')).to.equal(nodeRedisAliasesModule());
  });
});
