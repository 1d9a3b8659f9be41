/** Every pitfall `validate` reports, and its type errors, have a section in docs/validate.md, in the registry's order. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PITFALLS } from '../../src/validate/registry.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';

describe('docs/validate.md', function () {
  it('has a section per rule id validate reports', function () {
    const page = readFileSync(path.resolve(FIXTURES_ROOT, '../docs/validate.md'), 'utf8');
    const sections = [...page.matchAll(/^## (\S+)$/gm)].map((match) => match[1]);
    expect(sections).to.deep.equal(['type-error', ...PITFALLS.map((pitfall) => pitfall.id)]);
  });
});
