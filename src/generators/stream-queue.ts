/**
 * `stream-queue`: a job queue on a stream and one consumer group. A producer appends a job with XADD; a consumer
 * takes new jobs with XREADGROUP `>` (each goes to one consumer and stays in the group's pending list), runs its
 * handler and acknowledges the job with XACK (and, by default, deletes it with XDEL in the same atomic batch).
 * A job whose consumer died before acknowledging it stays pending; once it has been idle `claimIdleMs`, another
 * consumer takes it over with XAUTOCLAIM. A stream is one key, so everything runs on a cluster too.
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
import { batchClassHole, clientClassHole } from './topology-names.js';

export const streamQueueOptions = z
  .object({
    queueName: z.string().min(1).max(256).default('jobs').describe('The stream key openStreamQueue uses when given none.'),
    groupName: z.string().min(1).max(256).default('workers').describe('The consumer group the consumers of a queue share.'),
    claimIdleMs: integerOption('How long a taken job may stay unacknowledged before another consumer claims it (XAUTOCLAIM min-idle-time), in milliseconds.', 30000, { min: 1, max: 2147483647 }),
    deleteAcked: flagOption('Delete a job from the stream (XDEL) when it is acknowledged, in the same atomic batch, so the stream holds only unfinished jobs.', true),
  })
  .strict();

export type StreamQueueOptions = z.output<typeof streamQueueOptions>;

const QUEUE_MODULE = `/**
 * A job queue on a stream and a consumer group: each job goes to one consumer and stays pending until that consumer
 * acknowledges it; the pending job of a consumer that died is claimed by another once it has been idle long enough.
 */
import { ${hole('BatchClass')}, RequestError, type GlideString, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const QUEUE_NAME = ${hole('queueName')};
export const GROUP_NAME = ${hole('groupName')};
export const CLAIM_IDLE_MS = ${hole('claimIdleMs')};
const DELETE_ACKED = ${hole('deleteAcked')};

export interface Job {
  readonly id: string;
  readonly payload: string;
}

export type Outcome = 'completed' | 'expired' | 'empty';

export interface QueueSettings {
  readonly group?: string;
  /** How long a job may stay unacknowledged before claimStale gives it to another consumer. */
  readonly claimIdleMs?: number;
}

type Entries = Record<string, [GlideString, GlideString][] | null>;

/** The jobs of a reply (entries deleted from the stream answer null and are left out), in stream order. */
function jobsOf(entries: Entries): Job[] {
  const jobs: Job[] = [];
  for (const [id, pairs] of Object.entries(entries)) {
    const payload = pairs?.find(([field]) => String(field) === 'payload');
    if (payload) jobs.push({ id, payload: String(payload[1]) });
  }
  return jobs;
}

/** The queue on the stream \`name\`, consumed by the group \`settings.group\`. */
export function openStreamQueue(client: ${hole('ClientType')}, name: string = QUEUE_NAME, settings: QueueSettings = {}) {
  const group = settings.group ?? GROUP_NAME;
  const claimIdleMs = settings.claimIdleMs ?? CLAIM_IDLE_MS;
  return {
    /** Creates the group (and the stream) if needed; false when it existed (BUSYGROUP). Call it before consuming. */
    async ensureGroup(): Promise<boolean> {
      try {
        await client.xgroupCreate(name, group, '0', { mkStream: true });
        return true;
      } catch (error) {
        if (error instanceof RequestError && error.message.startsWith('BUSYGROUP')) return false;
        throw error;
      }
    },

    /** Adds a job; answers its id. */
    async enqueue(payload: string): Promise<string> {
      return String(await client.xadd(name, [['payload', payload]]));
    },

    /**
     * Up to \`count\` jobs no consumer has taken yet, now pending with \`consumer\` (XREADGROUP >). \`blockMs\` waits
     * for a job when there is none; a blocked read holds the client's connection, so block on a client of its own.
     */
    async take(consumer: string, count: number = 1, blockMs?: number): Promise<Job[]> {
      const reply = await client.xreadgroup(group, consumer, { [name]: '>' }, { count, ...(blockMs === undefined ? {} : { block: blockMs }) });
      if (reply === null) return [];
      const entries = reply[0].value;
      // A job deleted before it was delivered has nothing to run: acknowledge it so that it leaves the pending list.
      const deleted = Object.entries(entries).filter(([, pairs]) => pairs === null).map(([id]) => id);
      if (deleted.length > 0) await client.xack(name, group, deleted);
      return jobsOf(entries);
    },

    /** The oldest job left unacknowledged for \`claimIdleMs\` by its consumer, now \`consumer\`'s (XAUTOCLAIM); null when none. */
    async claimStale(consumer: string): Promise<Job | null> {
      let cursor = '0-0';
      do {
        const [next, claimed] = await client.xautoclaim(name, group, consumer, claimIdleMs, cursor, { count: 1 });
        const jobs = jobsOf(claimed);
        if (jobs.length > 0) return jobs[0];
        cursor = String(next);
      } while (cursor !== '0-0');
      return null;
    },

    /** Acknowledges a finished job; false when it was no longer pending (another consumer claimed and finished it). */
    async ack(job: Job): Promise<boolean> {
      if (!DELETE_ACKED) return (await client.xack(name, group, [job.id])) === 1;
      const replies = await client.exec(new ${hole('BatchClass')}(true).xack(name, group, [job.id]).xdel(name, [job.id]), true);
      return replies !== null && replies[0] === 1;
    },

    /**
     * One step of a consumer: claims a stale job or takes a new one, runs \`handle\` on it and acknowledges it.
     * 'expired' means \`handle\` outlasted \`claimIdleMs\` and another consumer finished the job. A \`handle\` that
     * throws leaves the job pending: another consumer claims it once it has been idle \`claimIdleMs\`.
     */
    async processNext(consumer: string, handle: (payload: string, id: string) => Promise<void>): Promise<Outcome> {
      const job = (await this.claimStale(consumer)) ?? (await this.take(consumer))[0];
      if (!job) return 'empty';
      await handle(job.payload, job.id);
      return (await this.ack(job)) ? 'completed' : 'expired';
    },
  };
}

export type StreamQueue = ReturnType<typeof openStreamQueue>;
`;

const QUEUE_DEMO = `/** 50 jobs, 3 consumers and one that dies holding a job: every job is completed exactly once. */
import { closeGracefully, createValkeyClient } from './client.js';
import { GROUP_NAME, openStreamQueue } from './stream-queue.js';

// Long enough that a live consumer acknowledges its job before anyone may claim it, even on a busy machine.
const DEAD_CONSUMER_IDLE_MS = 1000;

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 3 }, () => createValkeyClient()));
  // A queue of the demo's own, so that no real job is touched.
  const name = 'glide-example:stream-queue:' + String(process.pid);
  const queues = clients.map((client) => openStreamQueue(client, name, { claimIdleMs: DEAD_CONSUMER_IDLE_MS }));
  try {
    await queues[0].ensureGroup();
    const ids: string[] = [];
    for (let index = 0; index < 50; index += 1) ids.push(await queues[0].enqueue('job ' + String(index)));
    // A consumer takes a job and dies: it never acknowledges it.
    const [abandoned] = await queues[0].take('consumer-that-died');
    const handled = new Map<string, number>();
    const completed = new Map<string, number>();
    const deadline = Date.now() + 10000;
    await Promise.all(
      queues.map(async (queue, index) => {
        while (completed.size < ids.length && Date.now() < deadline) {
          let current = '';
          const outcome = await queue.processNext('consumer-' + String(index), async (_payload, id) => {
            current = id;
            handled.set(id, (handled.get(id) ?? 0) + 1);
          });
          if (outcome === 'completed') completed.set(current, (completed.get(current) ?? 0) + 1);
          if (outcome === 'empty') await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }),
    );
    const pending = await clients[0].xpending(name, GROUP_NAME);
    await clients[0].del([name]);
    const once = (counts: Map<string, number>) => ids.every((id) => counts.get(id) === 1) && counts.size === ids.length;
    console.log(String(completed.size) + ' of ' + String(ids.length) + ' jobs completed');
    const checks = {
      'every job was handled exactly once by the live consumers': once(handled),
      'every job was acknowledged exactly once': once(completed),
      'the job of the consumer that died was completed by another': abandoned !== undefined && completed.get(abandoned.id) === 1,
      'no job is left pending': pending[0] === 0,
    };${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function streamQueueModuleFile(options: StreamQueueOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'stream-queue',
    QUEUE_MODULE,
    {
      queueName: stringValue(j, options.queueName),
      groupName: stringValue(j, options.groupName),
      claimIdleMs: numberValue(j, options.claimIdleMs),
      deleteAcked: booleanValue(j, options.deleteAcked),
      BatchClass: batchClassHole(target.topology),
      ClientType: clientClassHole(target.topology),
    },
    target,
  );
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Job queue on a Valkey stream and consumer group',
    '',
    `\`stream-queue.${target.language}\` exports \`openStreamQueue(client, name?, { group, claimIdleMs }?)\`, whose queue has \`ensureGroup\`, \`enqueue\`, \`take\`, \`claimStale\`, \`ack\` and \`processNext(consumer, handle)\`.`,
    '',
    '- `enqueue` is `XADD`; `take` is `XREADGROUP >`: each job goes to one consumer and stays in the group\'s pending list',
    '  until `ack` (`XACK`, with `XDEL` in the same atomic batch unless `deleteAcked` is off).',
    '- A job whose consumer died before `ack` stays pending; `claimStale` (`XAUTOCLAIM`) hands it to another consumer once',
    '  it has been idle `claimIdleMs`. `processNext` claims stale jobs before taking new ones.',
    '- Delivery is at least once: a handler that outlasts `claimIdleMs` may see its job handled again elsewhere (its `ack`',
    '  then answers false). Keep `claimIdleMs` longer than the slowest job, or make handlers idempotent.',
    '- `take(consumer, count, blockMs)` can wait for jobs; a blocked read holds the client\'s connection: give such a',
    '  consumer a client of its own.',
    '',
    '```' + target.language,
    "const emails = openStreamQueue(client, 'emails');",
    'await emails.ensureGroup();',
    "await emails.enqueue(JSON.stringify({ to: 'ada@example.com' }));",
    'for (;;) {',
    "  const outcome = await emails.processNext('worker-1', async (payload) => sendEmail(JSON.parse(payload)));",
    "  if (outcome === 'empty') await new Promise((resolve) => setTimeout(resolve, 100));",
    '}',
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const streamQueueGenerator = defineGenerator({
  id: 'stream-queue',
  title: 'Job queue on a stream consumer group (XREADGROUP, XACK, XAUTOCLAIM)',
  summary: 'Jobs appended with XADD, taken by one consumer of a group with XREADGROUP, acknowledged with XACK, and claimed with XAUTOCLAIM when their consumer died; the demo proves every job is completed exactly once although a consumer dies holding one.',
  options: streamQueueOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      streamQueueModuleFile(options, target),
      renderModule('demo', QUEUE_DEMO, {}, target),
      readme(target),
      ...projectFiles('stream-queue', target),
    ];
  },
});
