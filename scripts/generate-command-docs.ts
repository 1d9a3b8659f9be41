/**
 * Writes `docs/commands/` from the command catalogue (and removes pages of families that no longer exist), and
 * the examples `explain` shows, from the golden fixtures. Usage: `npm run docs:commands`.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandReferencePages } from '../src/knowledge/commands/reference-pages.js';
import { commandExamplesModule } from './command-examples.js';
import { batchMethodsModule } from './batch-methods.js';
import { nodeRedisAliasesModule } from './node-redis-aliases.js';

const directory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/commands');
mkdirSync(directory, { recursive: true });
const pages = commandReferencePages();
for (const stale of readdirSync(directory).filter((file) => !pages.some((page) => page.file === file))) {
  rmSync(path.join(directory, stale));
}
for (const page of pages) writeFileSync(path.join(directory, page.file), page.text);
console.log(`wrote ${pages.length} pages to docs/commands/`);
const examples = path.resolve(directory, '../../src/knowledge/generated/command-examples.ts');
writeFileSync(examples, commandExamplesModule());
console.log(`wrote ${path.relative(process.cwd(), examples)}`);
const batchMethods = path.resolve(directory, '../../src/knowledge/generated/batch-methods.ts');
writeFileSync(batchMethods, batchMethodsModule());
console.log(`wrote ${path.relative(process.cwd(), batchMethods)}`);
const aliases = path.resolve(directory, '../../src/knowledge/generated/node-redis-aliases.ts');
writeFileSync(aliases, nodeRedisAliasesModule());
console.log(`wrote ${path.relative(process.cwd(), aliases)}`);
