/**
 * `bitmaps`: daily active users on one bitmap per day. SETBIT marks a user (a non-negative integer id is the bit's
 * offset) active on a day, GETBIT asks, BITCOUNT counts a day, and BITOP AND / OR count the users active on every
 * day or on any day of a list, in one atomic batch (BITOP into a scratch key, BITCOUNT, DEL) so no scratch key is
 * left behind. The keys of one tracker share the hash tag `{name}`, so BITOP never crosses hash slots on a cluster.
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
import { batchClassHole, clientClassHole } from './topology-names.js';

export const bitmapsOptions = z
  .object({
    trackerName: textOption('The name openActivity uses when given none; its keys are {name}:<day>.', 'active-users'),
  })
  .strict();

export type BitmapsOptions = z.output<typeof bitmapsOptions>;

const BITMAPS_MODULE = `/**
 * Daily active users: one bitmap per day, a user's integer id is its bit. The keys of one tracker are \`{name}:<day>\`:
 * they share the hash tag, so counting across days (BITOP) works on a cluster too.
 */
import { ${hole('BatchClass')}, BitwiseOperation, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const TRACKER_NAME = ${hole('trackerName')};

/** The largest offset a bitmap takes is 2^32 - 1. */
function checkUserId(userId: number): number {
  if (!Number.isInteger(userId) || userId < 0 || userId > 4294967295) throw new RangeError('a user id is an integer from 0 to 4294967295, got ' + String(userId));
  return userId;
}

/** The activity stored under \`{name}:<day>\` (a day is any text, e.g. 2026-12-01). */
export function openActivity(client: ${hole('ClientType')}, name: string = TRACKER_NAME) {
  // The hash tag is the text between the first { and the next }: an empty one would hash each whole key apart.
  if (name === '' || name.startsWith('}')) throw new RangeError('a tracker name may not be empty or start with }');
  const dayKey = (day: string) => '{' + name + '}:' + day;
  const scratchKey = '{' + name + '}:scratch';

  /** BITOP into the scratch key, BITCOUNT it and DEL it, atomically. */
  async function countCombined(operation: BitwiseOperation, days: readonly string[]): Promise<number> {
    if (days.length === 0) return 0;
    const batch = new ${hole('BatchClass')}(true).bitop(operation, scratchKey, days.map(dayKey)).bitcount(scratchKey).del([scratchKey]);
    const replies = await client.exec(batch, true);
    return Number(replies?.[1]);
  }

  return {
    dayKey,

    /** Marks the user active on the day; true when this is the first time that day. */
    async markActive(userId: number, day: string): Promise<boolean> {
      return (await client.setbit(dayKey(day), checkUserId(userId), 1)) === 0;
    },

    async wasActive(userId: number, day: string): Promise<boolean> {
      return (await client.getbit(dayKey(day), checkUserId(userId))) === 1;
    },

    /** How many users were active on the day (BITCOUNT). */
    async countActive(day: string): Promise<number> {
      return client.bitcount(dayKey(day));
    },

    /** How many users were active on every one of the days (BITOP AND). */
    async countActiveOnAll(days: readonly string[]): Promise<number> {
      return countCombined(BitwiseOperation.AND, days);
    },

    /** How many users were active on at least one of the days (BITOP OR). */
    async countActiveOnAny(days: readonly string[]): Promise<number> {
      return countCombined(BitwiseOperation.OR, days);
    },

    /** Forgets the days' activity. */
    async forget(days: readonly string[]): Promise<number> {
      if (days.length === 0) return 0;
      return client.del(days.map(dayKey));
    },
  };
}

export type Activity = ReturnType<typeof openActivity>;
`;

const BITMAPS_DEMO = `/** 4 clients mark 3 days of activity at once: the counts per day, on every day and on any day match a Set model. */
import { closeGracefully, createValkeyClient } from './client.js';
import { openActivity } from './bitmaps.js';

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 4 }, () => createValkeyClient()));
  // A tracker of the demo's own, so that no real activity is touched.
  const trackers = clients.map((client) => openActivity(client, 'glide-example:active:' + String(process.pid)));
  const days = ['2026-12-01', '2026-12-02', '2026-12-03'];
  try {
    // User u is active on day d when (u * (d + 2)) % 5 < 3: some users every day, some on none.
    const model = days.map((_, day) => new Set(Array.from({ length: 200 }, (_, user) => user * 7).filter((user) => (user * (day + 2)) % 5 < 3)));
    const marks = await Promise.all(days.flatMap((day, index) => [...model[index]].flatMap((user) => [trackers[user % 4].markActive(user, day), trackers[(user + 1) % 4].markActive(user, day)])));
    const perDay = await Promise.all(days.map((day) => trackers[0].countActive(day)));
    const onAll = await trackers[1].countActiveOnAll(days);
    const onAny = await trackers[2].countActiveOnAny(days);
    const asked = await Promise.all([trackers[3].wasActive(7, days[0]), trackers[3].wasActive(8, days[0])]);
    await trackers[0].forget(days);
    const everyDay = [...model[0]].filter((user) => model.every((set) => set.has(user))).length;
    const anyDay = new Set(model.flatMap((set) => [...set])).size;
    const checks = {
      'each user was new once per day, however many clients marked it': marks.filter(Boolean).length === model.reduce((sum, set) => sum + set.size, 0),
      'BITCOUNT of each day is its number of active users': perDay.every((count, index) => count === model[index].size),
      'BITOP AND counts the users active on every day': onAll === everyDay,
      'BITOP OR counts the users active on any day': onAny === anyDay,
      'GETBIT answers who was active': asked[0] === model[0].has(7) && asked[1] === false,
    };
    console.log('active per day: ' + perDay.join(' ') + ', every day: ' + String(onAll) + ', any day: ' + String(onAny));${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function bitmapsModuleFile(options: BitmapsOptions, target: GeneratorTarget): GeneratedFile {
  const holes = { trackerName: stringValue(j, options.trackerName), ClientType: clientClassHole(target.topology), BatchClass: batchClassHole(target.topology) };
  return renderModule('bitmaps', BITMAPS_MODULE, holes, target);
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Daily active users on Valkey GLIDE bitmaps',
    '',
    `\`bitmaps.${target.language}\` exports \`openActivity(client, name?)\`, whose tracker has \`markActive\`, \`wasActive\`, \`countActive\`,`,
    '`countActiveOnAll`, `countActiveOnAny` and `forget`.',
    '',
    '- One bitmap per day under `{name}:<day>`; a user\'s integer id (0 to 4294967295) is its bit (`SETBIT`, `GETBIT`).',
    '- `countActive(day)` is `BITCOUNT`; `countActiveOnAll(days)` / `countActiveOnAny(days)` are `BITOP AND` / `OR` into a',
    '  scratch key, `BITCOUNT` and `DEL` in one atomic batch.',
    '- The keys share the hash tag `{name}`, so `BITOP` works on a cluster.',
    '',
    '```' + target.language,
    "const activity = openActivity(client, 'app');",
    "await activity.markActive(42, '2026-12-01');",
    "const weekly = await activity.countActiveOnAny(['2026-12-01', '2026-12-02']);",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const bitmapsGenerator = defineGenerator({
  id: 'bitmaps',
  title: 'Daily active users (SETBIT per day, BITCOUNT, BITOP AND / OR)',
  summary: 'A bitmap per day under one hash tag: SETBIT marks a user, BITCOUNT counts a day, BITOP AND / OR count every day or any day in one atomic batch; the demo checks the counts against a Set model.',
  options: bitmapsOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [defaultClientModuleFile(target), bitmapsModuleFile(options, target), renderModule('demo', BITMAPS_DEMO, {}, target), readme(target), ...projectFiles('bitmaps', target)];
  },
});
