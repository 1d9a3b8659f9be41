/**
 * Conventions checked by a test rather than by memory: every registered rule has a docs page and fixtures (a
 * changing case and a `no-change-*` case), ids are kebab-case and unique, and no command is owned by two rules.
 */
import { expect } from 'chai';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/registry.js';
import type { CallRule } from '../../src/rules/rule.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';

const DOCS = path.resolve(FIXTURES_ROOT, '../docs/rules');

describe('rule conventions', function () {
  it('gives every rule a unique kebab-case id', function () {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, function () {
      it('has a docs page with examples', function () {
        expect(existsSync(path.join(DOCS, `${rule.id}.md`)), `docs/rules/${rule.id}.md`).to.equal(true);
      });

      it('has a changing fixture and a no-change fixture', function () {
        const directory = path.join(FIXTURES_ROOT, 'rules', rule.id);
        const cases = existsSync(directory) ? readdirSync(directory) : [];
        expect(cases.some((name) => name.startsWith('no-change-')), `fixtures/rules/${rule.id}/no-change-*`).to.equal(true);
        expect(cases.some((name) => !name.startsWith('no-change-')), `fixtures/rules/${rule.id}/<changing case>`).to.equal(true);
      });
    });
  }

  it('lets each command of each client be owned by one rule only', function () {
    const owners = new Map<string, string>();
    for (const rule of RULES.filter((candidate): candidate is CallRule => candidate.kind === 'call')) {
      if (rule.commands === 'unclaimed') continue;
      for (const [library, methods] of Object.entries(rule.commands)) {
        for (const method of methods ?? []) {
          const key = `${library}:${method}`;
          expect(owners.get(key), `${key} is owned by ${owners.get(key)} and ${rule.id}`).to.equal(undefined);
          owners.set(key, rule.id);
        }
      }
    }
  });
});
