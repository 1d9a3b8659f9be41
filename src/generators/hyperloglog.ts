/**
 * `hyperloglog`: unique counts on HyperLogLogs. PFADD adds ids, PFCOUNT estimates how many distinct ids a counter
 * (or the union of several) has seen, within about 0.81% (standard error) in 12 KB whatever the count, and PFMERGE
 * stores the union of counters. The keys of one set of counters share the hash tag `{name}`, so PFCOUNT of several
 * and PFMERGE never cross hash slots on a cluster.
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

export const hyperloglogOptions = z
  .object({
    countersName: textOption('The name openUniqueCounters uses when given none; its keys are {name}:<counter>.', 'unique-visitors'),
  })
  .strict();

export type HyperloglogOptions = z.output<typeof hyperloglogOptions>;

const HYPERLOGLOG_MODULE = `/**
 * Unique counts on HyperLogLogs: about 0.81% standard error in 12 KB per counter, however many ids. The keys are
 * \`{name}:<counter>\`: they share the hash tag, so counting and merging several counters works on a cluster too.
 */
import type { ${hole('ClientType')} } from '@valkey/valkey-glide';

const COUNTERS_NAME = ${hole('countersName')};

/** The counters stored under \`{name}:<counter>\` (a counter is any text, e.g. a page and a day). */
export function openUniqueCounters(client: ${hole('ClientType')}, name: string = COUNTERS_NAME) {
  // The hash tag is the text between the first { and the next }: an empty one would hash each whole key apart.
  if (name === '' || name.startsWith('}')) throw new RangeError('a counters name may not be empty or start with }');
  const counterKey = (counter: string) => '{' + name + '}:' + counter;

  return {
    counterKey,

    /** Adds the ids to the counter (PFADD); true when its estimate changed. */
    async add(counter: string, ids: readonly string[]): Promise<boolean> {
      if (ids.length === 0) return false;
      return client.pfadd(counterKey(counter), [...ids]);
    },

    /** About how many distinct ids the counter has seen (PFCOUNT). */
    async count(counter: string): Promise<number> {
      return client.pfcount([counterKey(counter)]);
    },

    /** About how many distinct ids the counters have seen together (PFCOUNT of several keys), nothing stored. */
    async countUnion(counters: readonly string[]): Promise<number> {
      if (counters.length === 0) return 0;
      return client.pfcount(counters.map(counterKey));
    },

    /** Stores the union of the sources (and of what \`destination\` already held) in \`destination\` (PFMERGE); answers its count. */
    async merge(destination: string, sources: readonly string[]): Promise<number> {
      await client.pfmerge(counterKey(destination), sources.map(counterKey));
      return client.pfcount([counterKey(destination)]);
    },

    /** Forgets the counters. */
    async forget(counters: readonly string[]): Promise<number> {
      if (counters.length === 0) return 0;
      return client.del(counters.map(counterKey));
    },
  };
}

export type UniqueCounters = ReturnType<typeof openUniqueCounters>;
`;

const HYPERLOGLOG_DEMO = `/** 4 clients count 10,000 visitors over two days at once: counts within 2%, the merged week at least each day. */
import { closeGracefully, createValkeyClient } from './client.js';
import { openUniqueCounters } from './hyperloglog.js';

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 4 }, () => createValkeyClient()));
  // Counters of the demo's own, so that no real count is touched.
  const counters = clients.map((client) => openUniqueCounters(client, 'glide-example:visitors:' + String(process.pid)));
  try {
    // Visitors 0-5999 come on Monday, 4000-9999 on Tuesday (2,000 on both), each twice, in batches of 100.
    const monday = Array.from({ length: 6000 }, (_, index) => 'visitor-' + String(index));
    const tuesday = Array.from({ length: 6000 }, (_, index) => 'visitor-' + String(index + 4000));
    const batches = (ids: string[]) => Array.from({ length: ids.length / 100 }, (_, index) => ids.slice(index * 100, index * 100 + 100));
    await Promise.all([...batches(monday), ...batches(monday)].map((ids, index) => counters[index % 4].add('monday', ids)));
    await Promise.all([...batches(tuesday), ...batches(tuesday)].map((ids, index) => counters[index % 4].add('tuesday', ids)));
    const counts = [await counters[0].count('monday'), await counters[1].count('tuesday')];
    const union = await counters[2].countUnion(['monday', 'tuesday']);
    const week = await counters[3].merge('week', ['monday', 'tuesday']);
    await counters[0].forget(['monday', 'tuesday', 'week']);
    const within2Percent = (estimate: number, exact: number) => Math.abs(estimate - exact) <= exact * 0.02;
    const checks = {
      'each day counts its 6,000 visitors within 2%, repeats not counted': counts.every((count) => within2Percent(count, 6000)),
      'the union of both days counts 10,000 visitors within 2%': within2Percent(union, 10000),
      'the merged week counts 10,000 visitors within 2%': within2Percent(week, 10000),
      'the merged week counts at least each day': counts.every((count) => week >= count),
    };
    console.log('monday ' + String(counts[0]) + ', tuesday ' + String(counts[1]) + ', both ' + String(union) + ', week ' + String(week));${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function hyperloglogModuleFile(options: HyperloglogOptions, target: GeneratorTarget): GeneratedFile {
  const holes = { countersName: stringValue(j, options.countersName), ClientType: clientClassHole(target.topology) };
  return renderModule('hyperloglog', HYPERLOGLOG_MODULE, holes, target);
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Unique counts on Valkey GLIDE HyperLogLogs',
    '',
    `\`hyperloglog.${target.language}\` exports \`openUniqueCounters(client, name?)\`, whose counters have \`add\`, \`count\`, \`countUnion\`,`,
    '`merge` and `forget`.',
    '',
    '- `add` is `PFADD`, `count` and `countUnion` are `PFCOUNT` of one or several counters, `merge` is `PFMERGE`.',
    '- Counts are estimates: about 0.81% standard error, in 12 KB per counter however many ids.',
    '- The keys `{name}:<counter>` share the hash tag `{name}`, so `countUnion` and `merge` work on a cluster.',
    '',
    '```' + target.language,
    "const visitors = openUniqueCounters(client, 'site');",
    "await visitors.add('2026-12-01', ['ada', 'grace']);",
    "const week = await visitors.merge('week-49', ['2026-12-01', '2026-12-02']);",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const hyperloglogGenerator = defineGenerator({
  id: 'hyperloglog',
  title: 'Unique counts (HyperLogLog: PFADD, PFCOUNT, PFMERGE)',
  summary: 'Unique counts on HyperLogLogs under one hash tag: PFADD ids, PFCOUNT one or several counters, PFMERGE a union; the demo checks 10,000 visitors counted within 2% and a merge at least each part.',
  options: hyperloglogOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [defaultClientModuleFile(target), hyperloglogModuleFile(options, target), renderModule('demo', HYPERLOGLOG_DEMO, {}, target), readme(target), ...projectFiles('hyperloglog', target)];
  },
});
