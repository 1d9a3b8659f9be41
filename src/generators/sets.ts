/**
 * `sets`: tags on sets, one set of items per tag. SADD / SREM tag and untag items, SMEMBERS lists a tag's items,
 * SISMEMBER asks about one, and SINTER answers the items that carry every one of several tags. The keys of one
 * set of tags share the hash tag `{name}`, so SINTER never crosses hash slots on a cluster.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { stringValue } from './literals.js';
import { textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { clientClassHole } from './topology-names.js';

export const setsOptions = z
  .object({
    tagsName: textOption('The name openTags uses when given none; its keys are {name}:<tag>.', 'tags'),
  })
  .strict();

export type SetsOptions = z.output<typeof setsOptions>;

const SETS_MODULE = `/**
 * Tags on sets: the items of each tag are one set under \`{name}:<tag>\`. The keys share the hash tag, so the items
 * carrying several tags (SINTER) can be asked on a cluster too.
 */
import type { ${hole('ClientType')} } from '@valkey/valkey-glide';

const TAGS_NAME = ${hole('tagsName')};

/** The tags stored under \`{name}:<tag>\`. */
export function openTags(client: ${hole('ClientType')}, name: string = TAGS_NAME) {
  // The hash tag is the text between the first { and the next }: an empty one would hash each whole key apart.
  if (name === '' || name.startsWith('}')) throw new RangeError('a tags name may not be empty or start with }');
  const tagKey = (tag: string) => '{' + name + '}:' + tag;
  const sorted = (items: Set<unknown>) => [...items].map(String).sort();

  return {
    tagKey,

    /** Tags the items (SADD); answers how many did not carry the tag yet. */
    async tag(tag: string, items: readonly string[]): Promise<number> {
      if (items.length === 0) return 0;
      return client.sadd(tagKey(tag), [...items]);
    },

    /** Takes the tag off the items (SREM); answers how many carried it. */
    async untag(tag: string, items: readonly string[]): Promise<number> {
      if (items.length === 0) return 0;
      return client.srem(tagKey(tag), [...items]);
    },

    /** Whether the item carries the tag (SISMEMBER). */
    async isTagged(tag: string, item: string): Promise<boolean> {
      return client.sismember(tagKey(tag), item);
    },

    /** The items carrying the tag, sorted (SMEMBERS). */
    async itemsTagged(tag: string): Promise<string[]> {
      return sorted(await client.smembers(tagKey(tag)));
    },

    /** The items carrying every one of the tags, sorted (SINTER); none for no tags. */
    async itemsTaggedWithAll(tags: readonly string[]): Promise<string[]> {
      if (tags.length === 0) return [];
      return sorted(await client.sinter(tags.map(tagKey)));
    },

    /** Forgets the tags. */
    async forget(tags: readonly string[]): Promise<number> {
      if (tags.length === 0) return 0;
      return client.del(tags.map(tagKey));
    },
  };
}

export type Tags = ReturnType<typeof openTags>;
`;

const SETS_DEMO = `/** 4 clients tag 60 articles at once and untag some: members, membership and intersections match a Set model. */
import { closeGracefully, createValkeyClient } from './client.js';
import { openTags } from './sets.js';

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 4 }, () => createValkeyClient()));
  // Tags of the demo's own, so that no real tag is touched.
  const tags = clients.map((client) => openTags(client, 'glide-example:tags:' + String(process.pid)));
  try {
    const articles = Array.from({ length: 60 }, (_, index) => 'article-' + String(index).padStart(2, '0'));
    // article-N is tagged even when N % 2 === 0, fizz when N % 3 === 0 and buzz when N % 5 === 0.
    const rules: [string, (n: number) => boolean][] = [['even', (n) => n % 2 === 0], ['fizz', (n) => n % 3 === 0], ['buzz', (n) => n % 5 === 0]];
    await Promise.all(rules.flatMap(([tag, rule]) => articles.filter((_, n) => rule(n)).map((article, index) => tags[index % 4].tag(tag, [article]))));
    // Then fizz comes off the articles below 30.
    const removed = await tags[1].untag('fizz', articles.filter((_, n) => n < 30 && n % 3 === 0));
    const model = new Map(rules.map(([tag, rule]) => [tag, articles.filter((_, n) => rule(n) && (tag !== 'fizz' || n >= 30))]));
    const members = await Promise.all(rules.map(([tag]) => tags[2].itemsTagged(tag)));
    const fizzBuzz = await tags[3].itemsTaggedWithAll(['fizz', 'buzz']);
    const all = await tags[0].itemsTaggedWithAll(['even', 'fizz', 'buzz']);
    const asked = await Promise.all([tags[0].isTagged('buzz', 'article-45'), tags[0].isTagged('fizz', 'article-03')]);
    await tags[0].forget(rules.map(([tag]) => tag));
    const same = (a: string[], b: string[] | undefined) => JSON.stringify(a) === JSON.stringify(b);
    const checks = {
      'each tag holds exactly its articles after concurrent tagging and untagging': members.every((items, index) => same(items, model.get(rules[index][0]))),
      'untag answers how many carried the tag': removed === 10,
      'SINTER answers the articles carrying fizz and buzz': same(fizzBuzz, ['article-30', 'article-45']),
      'SINTER of three tags answers the articles carrying all three': same(all, ['article-30']),
      'SISMEMBER answers membership': asked[0] === true && asked[1] === false,
    };
    console.log('fizz and buzz: ' + fizzBuzz.join(' '));${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function setsModuleFile(options: SetsOptions, target: GeneratorTarget): GeneratedFile {
  const holes = { tagsName: stringValue(j, options.tagsName), ClientType: clientClassHole(target.topology) };
  return renderModule('sets', SETS_MODULE, holes, target);
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Tags on Valkey GLIDE sets',
    '',
    `\`sets.${target.language}\` exports \`openTags(client, name?)\`, whose tags have \`tag\`, \`untag\`, \`isTagged\`, \`itemsTagged\`,`,
    '`itemsTaggedWithAll` and `forget`.',
    '',
    '- One set per tag under `{name}:<tag>`: `SADD`, `SREM`, `SISMEMBER`, `SMEMBERS` (answered sorted).',
    '- `itemsTaggedWithAll(tags)` is `SINTER`; the keys share the hash tag `{name}`, so it works on a cluster.',
    '',
    '```' + target.language,
    "const tags = openTags(client, 'articles');",
    "await tags.tag('valkey', ['intro', 'glide']);",
    "const both = await tags.itemsTaggedWithAll(['valkey', 'node']);",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const setsGenerator = defineGenerator({
  id: 'sets',
  title: 'Tags (sets: SADD, SREM, SMEMBERS, SISMEMBER, SINTER)',
  summary: 'One set per tag under one hash tag: tag and untag items, list a tag, ask membership and intersect tags with SINTER; the demo checks concurrent tagging against a Set model.',
  options: setsOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [defaultClientModuleFile(target), setsModuleFile(options, target), renderModule('demo', SETS_DEMO, {}, target), readme(target), ...projectFiles('sets', target)];
  },
});
