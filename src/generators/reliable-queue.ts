/**
 * `reliable-queue`: a job queue on lists that loses no job when a consumer dies mid-job. A claim moves the job's
 * id from the pending list to a processing list (LMOVE) and records a lease with a token, in one script; a
 * completion removes the job only while the caller's lease holds; `requeueStale` puts jobs whose lease ran out
 * back on the pending list. All keys share one hash tag (`{name}`), so the scripts also run on a cluster.
 * A consumer that dies after claiming costs one lease of delay, not the job; a consumer whose lease ran out
 * learns it from `complete` answering false.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue, stringValue } from './literals.js';
import { integerOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { batchClassHole, clientClassHole } from './topology-names.js';

export const reliableQueueOptions = z
  .object({
    queueName: z.string().min(1).max(256).default('jobs').describe('The name openQueue uses when given none; every key of a queue carries its name as a hash tag ({name}).'),
    leaseMs: integerOption('How long a claimed job stays with its consumer before requeueStale gives it to another, in milliseconds.', 30000, { min: 1, max: 2147483647 }),
  })
  .strict();

export type ReliableQueueOptions = z.output<typeof reliableQueueOptions>;

const QUEUE_MODULE = `/**
 * A reliable job queue: a claimed job moves to a processing list with a lease; it leaves the queue only when its
 * consumer completes it within the lease, and goes back to the pending list (requeueStale) when the lease runs out.
 */
import { randomBytes } from 'node:crypto';
import { ${hole('BatchClass')}, Script, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const QUEUE_NAME = ${hole('queueName')};
export const LEASE_MS = ${hole('leaseMs')};

const NOW_MS = ["local time = redis.call('TIME')", 'local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)'];

// Created once. KEYS: pending, processing, leases (id -> deadline), payloads (id -> payload), owners (id -> token).
const CLAIM = new Script(
  [
    "local id = redis.call('LMOVE', KEYS[1], KEYS[2], 'RIGHT', 'LEFT')",
    'if not id then return false end',
    ...NOW_MS,
    "redis.call('ZADD', KEYS[3], now + tonumber(ARGV[1]), id)",
    "redis.call('HSET', KEYS[5], id, ARGV[2])",
    "return {id, redis.call('HGET', KEYS[4], id)}",
  ].join('\\n'),
);
const COMPLETE = new Script(
  [
    "if redis.call('HGET', KEYS[5], ARGV[1]) ~= ARGV[2] then return 0 end",
    "redis.call('LREM', KEYS[2], 1, ARGV[1])",
    "redis.call('ZREM', KEYS[3], ARGV[1])",
    "redis.call('HDEL', KEYS[4], ARGV[1])",
    "redis.call('HDEL', KEYS[5], ARGV[1])",
    'return 1',
  ].join('\\n'),
);
const REQUEUE_STALE = new Script(
  [
    ...NOW_MS,
    "local stale = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)",
    'for _, id in ipairs(stale) do',
    "  redis.call('LREM', KEYS[2], 1, id)",
    "  redis.call('RPUSH', KEYS[1], id)",
    "  redis.call('ZREM', KEYS[3], id)",
    "  redis.call('HDEL', KEYS[5], id)",
    'end',
    'return #stale',
  ].join('\\n'),
);

export interface Job {
  readonly id: string;
  readonly payload: string;
  /** Proves the lease: complete() succeeds only with the token of the current claim. */
  readonly token: string;
}

export type Outcome = 'completed' | 'expired' | 'empty';

/**
 * The queue named \`name\` on \`client\`. Every key carries the name as a hash tag ({name}): the scripts touch the
 * keys together, which a cluster allows only within one slot.
 */
export function openQueue(client: ${hole('ClientType')}, name: string = QUEUE_NAME) {
  const tag = '{' + name + '}';
  // pending, processing, leases (id -> deadline), payloads (id -> payload), owners (id -> token)
  const keys = [tag + ':pending', tag + ':processing', tag + ':leases', tag + ':payloads', tag + ':owners'];
  return {
    /** Adds a job; answers its id. The payload and the id are stored together, atomically. */
    async enqueue(payload: string): Promise<string> {
      const id = randomBytes(12).toString('hex');
      await client.exec(new ${hole('BatchClass')}(true).hset(keys[3], [{ field: id, value: payload }]).lpush(keys[0], [id]), true);
      return id;
    },

    /** The oldest pending job, leased to the caller for \`leaseMs\`; null when none is pending. */
    async claim(leaseMs: number = LEASE_MS): Promise<Job | null> {
      const token = randomBytes(12).toString('hex');
      const claimed = await client.invokeScript(CLAIM, { keys, args: [String(leaseMs), token] });
      if (!Array.isArray(claimed)) return null;
      return { id: String(claimed[0]), payload: String(claimed[1]), token };
    },

    /** Removes a finished job; false when its lease had run out (the job is another consumer's now, or pending again). */
    async complete(job: Job): Promise<boolean> {
      return (await client.invokeScript(COMPLETE, { keys, args: [job.id, job.token] })) === 1;
    },

    /** Puts the jobs whose lease ran out back on the pending list; answers how many. */
    async requeueStale(): Promise<number> {
      return Number(await client.invokeScript(REQUEUE_STALE, { keys }));
    },

    /**
     * One step of a consumer: requeues stale jobs, claims one, runs \`handle\` on its payload and completes it.
     * 'expired' means \`handle\` outlasted the lease and the job was given to another consumer. A \`handle\` that
     * throws leaves the job leased: it is retried once the lease runs out.
     */
    async processNext(handle: (payload: string, id: string) => Promise<void>): Promise<Outcome> {
      await this.requeueStale();
      const job = await this.claim();
      if (!job) return 'empty';
      await handle(job.payload, job.id);
      return (await this.complete(job)) ? 'completed' : 'expired';
    },
  };
}

export type ReliableQueue = ReturnType<typeof openQueue>;
`;

const QUEUE_DEMO = `/** 50 jobs, 3 consumers and one that dies holding a job: every job is completed exactly once. */
import { closeGracefully, createValkeyClient } from './client.js';
import { openQueue } from './queue.js';

const ABANDONED_LEASE_MS = 300;

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 3 }, () => createValkeyClient()));
  // A queue of the demo's own, so that no real job is touched.
  const name = 'glide-example-' + String(process.pid);
  const queues = clients.map((client) => openQueue(client, name));
  try {
    const ids: string[] = [];
    for (let index = 0; index < 50; index += 1) ids.push(await queues[0].enqueue('job ' + String(index)));
    // A consumer claims a job and dies: it never completes it.
    const abandoned = await queues[0].claim(ABANDONED_LEASE_MS);
    const handled = new Map<string, number>();
    const completed = new Map<string, number>();
    const deadline = Date.now() + 10000;
    await Promise.all(
      queues.map(async (queue) => {
        while (completed.size < ids.length && Date.now() < deadline) {
          let current = '';
          const outcome = await queue.processNext(async (_payload, id) => {
            current = id;
            handled.set(id, (handled.get(id) ?? 0) + 1);
          });
          if (outcome === 'completed') completed.set(current, (completed.get(current) ?? 0) + 1);
          if (outcome === 'empty') await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }),
    );
    const once = (counts: Map<string, number>) => ids.every((id) => counts.get(id) === 1) && counts.size === ids.length;
    console.log(String(completed.size) + ' of ' + String(ids.length) + ' jobs completed');
    const checks = {
      'every job was handled exactly once': once(handled),
      'every job was completed exactly once': once(completed),
      'the job of the consumer that died was completed by another': abandoned !== null && completed.get(abandoned.id) === 1,
    };${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function queueModuleFile(options: ReliableQueueOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'queue',
    QUEUE_MODULE,
    {
      queueName: stringValue(j, options.queueName),
      leaseMs: numberValue(j, options.leaseMs),
      BatchClass: batchClassHole(target.topology),
      ClientType: clientClassHole(target.topology),
    },
    target,
  );
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Reliable job queue on Valkey GLIDE',
    '',
    `\`queue.${target.language}\` exports \`openQueue(client, name?)\`, whose queue has \`enqueue\`, \`claim\`, \`complete\`, \`requeueStale\` and \`processNext(handle)\`.`,
    '',
    '- A claim moves the job from the pending list to a processing list (`LMOVE`) and leases it to the caller, in one script.',
    '- `complete` removes the job only while the caller\'s lease holds; `requeueStale` returns jobs whose lease ran out,',
    '  so a consumer that dies mid-job delays the job by one lease and loses nothing.',
    '- A handler that outlasts the lease may see its job handled again by another consumer: keep the lease longer',
    '  than the slowest job, or make handlers idempotent.',
    '',
    '```' + target.language,
    "const emails = openQueue(client, 'emails');",
    "await emails.enqueue(JSON.stringify({ to: 'ada@example.com' }));",
    'for (;;) {',
    '  const outcome = await emails.processNext(async (payload) => sendEmail(JSON.parse(payload)));',
    "  if (outcome === 'empty') await new Promise((resolve) => setTimeout(resolve, 100));",
    '}',
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const reliableQueueGenerator = defineGenerator({
  id: 'reliable-queue',
  title: 'Reliable job queue (LMOVE + leases)',
  summary: 'Jobs claimed with LMOVE onto a processing list under a lease, completed only within it, requeued when it runs out; the demo proves every job is completed exactly once although a consumer dies holding one.',
  options: reliableQueueOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      queueModuleFile(options, target),
      renderModule('demo', QUEUE_DEMO, {}, target),
      readme(target),
      ...projectFiles('reliable-queue', target),
    ];
  },
});
