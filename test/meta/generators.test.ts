/**
 * What every generator must have, checked rather than remembered: registration (every defineGenerator call in
 * src/generators/ is in the registry, ids unique), a docs page that documents each option and says what is
 * proven, golden cases for every language, module system and topology it supports, and a property test.
 */
import { parse } from '@babel/parser';
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATORS } from '../../src/index.js';
import { findGeneratorCases } from '../golden/generator-cases.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS = path.join(ROOT, 'docs/generators');

/** The id of each `defineGenerator({ id: '...' })` call in src/generators/. */
function definedIds(): string[] {
  const directory = path.join(ROOT, 'src/generators');
  return readdirSync(directory)
    .filter((file) => file.endsWith('.ts') && file !== 'define-generator.ts')
    .flatMap((file) => {
      const ids: string[] = [];
      const visit = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (node === null || typeof node !== 'object') return;
        const record = node as Record<string, unknown>;
        const callee = record.callee as { name?: string } | undefined;
        if (record.type === 'CallExpression' && callee?.name === 'defineGenerator') {
          const properties = ((record.arguments as { properties: { key: { name: string }; value: { value: unknown } }[] }[])[0]?.properties ?? []);
          const id = properties.find((property) => property.key?.name === 'id');
          ids.push(String(id?.value.value));
        }
        for (const [key, value] of Object.entries(record)) if (key !== 'loc') visit(value);
      };
      visit(parse(readFileSync(path.join(directory, file), 'utf8'), { sourceType: 'module', plugins: ['typescript'] }).program);
      return ids;
    });
}

describe('generators', function () {
  it('are all registered, once each', function () {
    const registered = GENERATORS.map((generator) => generator.id);
    expect(new Set(registered).size).to.equal(registered.length);
    expect(definedIds().sort()).to.deep.equal([...registered].sort());
  });

  for (const generator of GENERATORS) {
    describe(generator.id, function () {
      it('has a docs page that documents each option and says what is proven, linked from the index', function () {
        const page = path.join(DOCS, `${generator.id}.md`);
        expect(existsSync(page), page).to.equal(true);
        const text = readFileSync(page, 'utf8');
        const options = text.slice(text.indexOf('## Options'), text.indexOf('## What is proven'));
        expect(text).to.include('## Options').and.to.include('## What is proven');
        for (const option of Object.keys(generator.options.shape)) expect(options, option).to.include(`| \`${option}\` |`);
        expect(readFileSync(path.join(DOCS, 'README.md'), 'utf8')).to.include(`(${generator.id}.md)`);
      });

      it('has golden cases for every language, module system and topology it supports', function () {
        const targets = new Set(findGeneratorCases().filter((fixture) => fixture.generatorId === generator.id).flatMap((fixture) => Object.values(fixture.description.target)));
        for (const wanted of [...generator.languages, ...generator.moduleSystems, ...generator.topologies]) expect(targets.has(wanted), wanted).to.equal(true);
      });

      it('has a property test against a real server', function () {
        expect(existsSync(path.join(ROOT, `test/generators/${generator.id}.test.ts`))).to.equal(true);
      });
    });
  }
});
