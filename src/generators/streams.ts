/**
 * `streams`: an append-only log on one Valkey stream. `append` adds an entry with XADD and trims the stream to a
 * maximum length in the same command (exact `=` or approximate `~` trimming); `page` / `pageBackwards` read it in
 * pages with XRANGE / XREVRANGE from an exclusive id; `readAfter` reads with XREAD from an id (optionally
 * blocking); a consumer group is created idempotently (BUSYGROUP answers false), read with XREADGROUP `>` and
 * acknowledged with XACK. A stream is one key, so every command runs on a cluster too.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { booleanValue, numberValue, stringValue } from './literals.js';
import { flagOption, integerOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { clientClassHole } from './topology-names.js';

export const streamsOptions = z
  .object({
    streamName: z.string().min(1).max(256).default('events').describe('The stream key openStream uses when given none.'),
    maxLength: integerOption('The length append trims the stream to (XADD MAXLEN), unless openStream is given another.', 10000, { min: 1, max: 2147483647 }),
    exactTrimming: flagOption('Trim to exactly maxLength (MAXLEN =); false trims whole nodes only (MAXLEN ~), cheaper, and the stream may hold up to about 100 entries more.', false),
    pageSize: integerOption('How many entries page, pageBackwards, readAfter and readGroup answer at most when given no count.', 100, { min: 1, max: 100000 }),
  })
  .strict();

export type StreamsOptions = z.output<typeof streamsOptions>;

const STREAMS_MODULE = `/**
 * An append-only log on a Valkey stream: append with trimming, read in pages or from an id, and consumer groups
 * whose members each receive an entry once and acknowledge it.
 */
import { InfBoundary, RequestError, type GlideString, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const STREAM_NAME = ${hole('streamName')};
export const MAX_LENGTH = ${hole('maxLength')};
export const EXACT_TRIMMING = ${hole('exactTrimming')};
export const PAGE_SIZE = ${hole('pageSize')};

export interface StreamEntry {
  readonly id: string;
  readonly fields: Record<string, string>;
}

export interface ReadOptions {
  /** At most this many entries (PAGE_SIZE when not given). */
  readonly count?: number;
  /**
   * Wait up to this many milliseconds for an entry when there is none. A blocked read holds the client's
   * connection: block on a client of its own, not the one the rest of the application shares.
   */
  readonly blockMs?: number;
}

type Entries = Record<string, [GlideString, GlideString][] | null>;

/** GLIDE answers entries as an object keyed by id, in stream order (ids contain '-', so the order is kept). */
function entriesOf(reply: Entries | null): StreamEntry[] {
  const entries: StreamEntry[] = [];
  for (const [id, pairs] of Object.entries(reply ?? {})) {
    if (pairs !== null) entries.push({ id, fields: Object.fromEntries(pairs.map(([field, value]) => [String(field), String(value)])) });
  }
  return entries;
}

const readOptions = (options: ReadOptions) => ({ count: options.count ?? PAGE_SIZE, ...(options.blockMs === undefined ? {} : { block: options.blockMs }) });

/** The stream \`name\` on \`client\`; \`append\` trims it to \`maxLength\` entries. */
export function openStream(client: ${hole('ClientType')}, name: string = STREAM_NAME, maxLength: number = MAX_LENGTH) {
  return {
    /** Adds an entry and trims the stream to \`maxLength\` in the same command; answers the entry's id. */
    async append(fields: Record<string, string>): Promise<string> {
      const id = await client.xadd(name, Object.entries(fields), { trim: { method: 'maxlen', threshold: maxLength, exact: EXACT_TRIMMING } });
      return String(id);
    },

    async length(): Promise<number> {
      return client.xlen(name);
    },

    /** Up to \`count\` entries after \`afterId\` (from the start when not given), oldest first. */
    async page(afterId?: string, count: number = PAGE_SIZE): Promise<StreamEntry[]> {
      const start = afterId === undefined ? InfBoundary.NegativeInfinity : { value: afterId, isInclusive: false };
      return entriesOf(await client.xrange(name, start, InfBoundary.PositiveInfinity, { count }));
    },

    /** Up to \`count\` entries before \`beforeId\` (from the end when not given), newest first. */
    async pageBackwards(beforeId?: string, count: number = PAGE_SIZE): Promise<StreamEntry[]> {
      const end = beforeId === undefined ? InfBoundary.PositiveInfinity : { value: beforeId, isInclusive: false };
      return entriesOf(await client.xrevrange(name, end, InfBoundary.NegativeInfinity, { count }));
    },

    /** The entries after \`id\` ('$' for only those appended from now on), oldest first (XREAD). */
    async readAfter(id: string, options: ReadOptions = {}): Promise<StreamEntry[]> {
      const reply = await client.xread({ [name]: id }, readOptions(options));
      return reply === null ? [] : entriesOf(reply[0].value);
    },

    /**
     * Creates the consumer group \`group\`, reading from \`startId\` ('0': every entry; '$': new ones only), and
     * the stream when it does not exist; answers false when the group exists already (BUSYGROUP).
     */
    async ensureGroup(group: string, startId: string = '0'): Promise<boolean> {
      try {
        await client.xgroupCreate(name, group, startId, { mkStream: true });
        return true;
      } catch (error) {
        if (error instanceof RequestError && error.message.startsWith('BUSYGROUP')) return false;
        throw error;
      }
    },

    /**
     * Entries never delivered to any member of \`group\`, now delivered to \`consumer\` (XREADGROUP >): each entry
     * goes to one member once and stays pending until acknowledged. An entry deleted before delivery is
     * acknowledged at once and left out.
     */
    async readGroup(group: string, consumer: string, options: ReadOptions = {}): Promise<StreamEntry[]> {
      const reply = await client.xreadgroup(group, consumer, { [name]: '>' }, readOptions(options));
      if (reply === null) return [];
      const deleted = Object.entries(reply[0].value).filter(([, pairs]) => pairs === null).map(([id]) => id);
      if (deleted.length > 0) await client.xack(name, group, deleted);
      return entriesOf(reply[0].value);
    },

    /** Acknowledges entries of \`group\`; answers how many were pending. */
    async ack(group: string, ids: readonly string[]): Promise<number> {
      return ids.length === 0 ? 0 : client.xack(name, group, [...ids]);
    },
  };
}

export type Stream = ReturnType<typeof openStream>;
`;

const STREAMS_DEMO = `/** Appends, pages both ways, XREAD from an id, trimming, and a consumer group of 3 that receives each entry once. */
import { closeGracefully, createValkeyClient } from './client.js';
import { EXACT_TRIMMING, openStream, type StreamEntry } from './streams.js';

const TRIM_BOUND = 20;
// Approximate trimming (MAXLEN ~) removes whole nodes only; a node holds at most 100 entries by default.
const NODE_ENTRIES = 100;

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 3 }, () => createValkeyClient()));
  // Streams of the demo's own, so that no real stream is touched.
  const name = 'glide-example:stream:' + String(process.pid);
  const trimmedName = name + ':trimmed';
  const [stream, ...members] = clients.map((client) => openStream(client, name));
  const trimmed = openStream(clients[0], trimmedName, TRIM_BOUND);
  try {
    const ids: string[] = [];
    for (let index = 0; index < 50; index += 1) ids.push(await stream.append({ n: String(index) }));

    const forward: StreamEntry[] = [];
    for (let page = await stream.page(undefined, 7); page.length > 0; page = await stream.page(page[page.length - 1].id, 7)) forward.push(...page);
    const backward: StreamEntry[] = [];
    for (let page = await stream.pageBackwards(undefined, 7); page.length > 0; page = await stream.pageBackwards(page[page.length - 1].id, 7)) backward.push(...page);
    const afterTenth = await stream.readAfter(ids[9], { count: 1000 });

    let longest = 0;
    for (let index = 0; index < 150; index += 1) {
      await trimmed.append({ n: String(index) });
      longest = Math.max(longest, await trimmed.length());
    }

    const created = await stream.ensureGroup('demo');
    const createdAgain = await stream.ensureGroup('demo');
    const received = new Map<string, number>();
    await Promise.all(
      members.concat(stream).map(async (member, index) => {
        for (let batch = await member.readGroup('demo', 'member-' + String(index), { count: 4 }); batch.length > 0; batch = await member.readGroup('demo', 'member-' + String(index), { count: 4 })) {
          for (const entry of batch) received.set(entry.id, (received.get(entry.id) ?? 0) + 1);
          await member.ack('demo', batch.map((entry) => entry.id));
        }
      }),
    );
    const pending = await clients[0].xpending(name, 'demo');
    await clients[0].del([name, trimmedName]);

    const sameIds = (entries: readonly StreamEntry[], expected: readonly string[]) => JSON.stringify(entries.map((entry) => entry.id)) === JSON.stringify(expected);
    console.log(String(forward.length) + ' entries read in pages; the trimmed stream peaked at ' + String(longest) + ' entries');
    const checks = {
      'pages read every entry back in order': sameIds(forward, ids) && forward.every((entry, index) => entry.fields.n === String(index)),
      'backward pages read every entry newest first': sameIds(backward, [...ids].reverse()),
      'XREAD after the 10th entry reads the 40 after it': sameIds(afterTenth, ids.slice(10)),
      'the trimmed stream never exceeded its bound': EXACT_TRIMMING ? longest <= TRIM_BOUND : longest < TRIM_BOUND + NODE_ENTRIES,
      'creating the group again answers false (BUSYGROUP)': created && !createdAgain,
      'the members of the group received each entry once': received.size === ids.length && ids.every((id) => received.get(id) === 1),
      'nothing is pending after the acks': pending[0] === 0,
    };${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function streamsModuleFile(options: StreamsOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'streams',
    STREAMS_MODULE,
    {
      streamName: stringValue(j, options.streamName),
      maxLength: numberValue(j, options.maxLength),
      exactTrimming: booleanValue(j, options.exactTrimming),
      pageSize: numberValue(j, options.pageSize),
      ClientType: clientClassHole(target.topology),
    },
    target,
  );
}

function readme(options: StreamsOptions, target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Streams on Valkey GLIDE',
    '',
    `\`streams.${target.language}\` exports \`openStream(client, name?, maxLength?)\`, whose stream has \`append\`, \`length\`, \`page\`, \`pageBackwards\`, \`readAfter\`, \`ensureGroup\`, \`readGroup\` and \`ack\`.`,
    '',
    `- \`append\` is one \`XADD\` that also trims the stream to \`maxLength\` entries (\`MAXLEN ${options.exactTrimming ? '=' : '~'}\`${options.exactTrimming ? ', exact' : ': whole nodes only, so the stream may hold up to about 100 entries more'}).`,
    '- `page(afterId?)` / `pageBackwards(beforeId?)` read pages with `XRANGE` / `XREVRANGE` from an exclusive id: pass the',
    '  last id of a page to get the next one. `readAfter(id)` is `XREAD` (`$` for new entries only, `blockMs` to wait).',
    '- `ensureGroup(group)` creates a consumer group (and the stream) and answers `false` when it exists (`BUSYGROUP`);',
    '  `readGroup(group, consumer)` is `XREADGROUP >`: each entry goes to one member once and stays pending until `ack`.',
    '- A blocking read (`blockMs`) holds the client\'s connection while it waits: give blocking readers a client of their own.',
    '',
    '```' + target.language,
    "const events = openStream(client, 'orders');",
    "await events.append({ order: '42', status: 'paid' });",
    "await events.ensureGroup('billing');",
    "const entries = await events.readGroup('billing', 'worker-1', { count: 10 });",
    "await events.ack('billing', entries.map((entry) => entry.id));",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const streamsGenerator = defineGenerator({
  id: 'streams',
  title: 'Streams (XADD with trimming, XRANGE pages, XREAD, consumer groups)',
  summary: 'An append-only log on a stream: XADD with MAXLEN trimming, XRANGE / XREVRANGE pages, XREAD from an id, a consumer group created idempotently, XREADGROUP and XACK; the demo proves entries read back in order, the trim bound held and each entry reached one group member once.',
  options: streamsOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      streamsModuleFile(options, target),
      renderModule('demo', STREAMS_DEMO, {}, target),
      readme(options, target),
      ...projectFiles('streams', target),
    ];
  },
});
