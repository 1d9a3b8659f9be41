/**
 * Conventions checked by a test rather than by memory: every rule module is registered; every registered rule has
 * a docs page with its three sections in order (what changes, examples with a before and an after, when the client
 * is left as written), plus a notes section when the rule leaves notes, and fixtures (a changing case and a
 * `no-change-*` case); ids are kebab-case and unique, and no command is owned by two rules.
 */
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { RULES } from '../../src/rules/registry.js';
import type { CallRule } from '../../src/engine/rewrite/rule.js';
import { FIXTURES_ROOT } from '../golden/fixture-cases.js';

const ROOT = path.resolve(FIXTURES_ROOT, '..');
const DOCS = path.join(ROOT, 'docs/rules');
const RULES_SOURCE = path.join(ROOT, 'src/rules');

const REQUIRED_SECTIONS = ['What changes and why', 'Examples', 'When the client is left as written'];
const NOTES_SECTION = 'Notes left in migrated code';

/** The `## ` sections of a page, in order, each with its text up to the next `## ` heading. */
function sectionsOf(page: string): { title: string; text: string }[] {
  const sections: { title: string; text: string }[] = [];
  for (const line of page.split('\n')) {
    const heading = /^## (.+?)\s*$/.exec(line);
    if (heading) sections.push({ title: heading[1], text: '' });
    else if (sections.length > 0) sections[sections.length - 1].text += `${line}\n`;
  }
  return sections;
}

/** Fenced code blocks of a piece of markdown, without their fences. */
function codeBlocksOf(markdown: string): string[] {
  return [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```\s*$/gm)].map((match) => match[1]);
}

/** Rule modules: the .ts files under src/rules/<area>/ that define a rule, with their source text. */
function ruleModules(): { file: string; text: string; ids: string[] }[] {
  const found: { file: string; text: string; ids: string[] }[] = [];
  for (const area of readdirSync(RULES_SOURCE)) {
    const directory = path.join(RULES_SOURCE, area);
    if (!statSync(directory).isDirectory()) continue;
    for (const name of readdirSync(directory).filter((entry) => entry.endsWith('.ts'))) {
      const text = readFileSync(path.join(directory, name), 'utf8');
      if (!/\bdefine(Call|File)Rule\(/.test(text)) continue;
      const ids = [...text.matchAll(/\bid:\s*'([^']+)'/g)].map((match) => match[1]);
      found.push({ file: path.posix.join('src/rules', area, name), text, ids });
    }
  }
  return found;
}

/** Whether a rule's source leaves notes: `context.note(...)`, or a helper told to leave a `'note'`. */
const leavesNotes = (text: string) => /\.note\(/.test(text) || /'note'/.test(text);

describe('rule conventions', function () {
  const modules = ruleModules();

  it('gives every rule a unique kebab-case id', function () {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const id of ids) expect(id).to.match(/^[a-z]+(-[a-z]+)*$/);
  });

  it('registers every rule module under src/rules/ in RULES', function () {
    expect(modules.length, 'rule modules found under src/rules/<area>/').to.be.greaterThan(0);
    const registered = new Set(RULES.map((rule) => rule.id));
    for (const module of modules) {
      expect(module.ids, `${module.file} defines a rule without a literal id`).to.not.be.empty;
      for (const id of module.ids) expect(registered.has(id), `${module.file} defines '${id}', which src/rules/registry.ts does not list`).to.equal(true);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, function () {
      const file = path.join(DOCS, `${rule.id}.md`);
      const page = () => readFileSync(file, 'utf8');

      it('has a docs page with the required sections in order', function () {
        expect(existsSync(file), `docs/rules/${rule.id}.md`).to.equal(true);
        const titles = sectionsOf(page()).map((section) => section.title);
        const positions = REQUIRED_SECTIONS.map((title) => titles.indexOf(title));
        for (const [index, title] of REQUIRED_SECTIONS.entries()) {
          expect(positions[index], `docs/rules/${rule.id}.md has no "## ${title}"`).to.not.equal(-1);
        }
        expect([...positions].sort((a, b) => a - b), `docs/rules/${rule.id}.md sections out of order: ${titles.join(' | ')}`).to.deep.equal(positions);
      });

      it('has a docs page with examples', function () {
        const examples = sectionsOf(page()).find((section) => section.title === 'Examples');
        const blocks = codeBlocksOf(examples?.text ?? '');
        const beforeAndAfter = blocks.some((block) => /^\s*\/\/ before\b/m.test(block) && /^\s*\/\/ after\b/m.test(block));
        expect(beforeAndAfter, `docs/rules/${rule.id}.md: no code block under "## Examples" holds "// before" and "// after"`).to.equal(true);
      });

      const module = modules.find((candidate) => candidate.ids.includes(rule.id));
      if (module && leavesNotes(module.text)) {
        it('documents the notes it leaves', function () {
          const titles = sectionsOf(page()).map((section) => section.title);
          expect(titles, `docs/rules/${rule.id}.md: ${module.file} leaves notes, so the page needs "## ${NOTES_SECTION}"`).to.include(NOTES_SECTION);
        });
      }

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
