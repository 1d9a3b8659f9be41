/**
 * `transaction`: optimistic read-modify-write on Valkey. `updateAtomically(client, key, change)` reads the key
 * under WATCH, writes `change(current)` in an atomic batch (MULTI/EXEC), and tries again when another client
 * changed the key in between (EXEC then answers null and applies nothing). WATCH belongs to the connection, and a
 * GLIDE client sends every caller's commands over the same one, so two transactions interleaved on one client
 * would clear each other's WATCH: the module runs one transaction at a time per client, and WATCH keeps clients
 * and processes apart.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue } from './literals.js';
import { integerOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { batchClassHole, clientClassHole } from './topology-names.js';

export const transactionOptions = z
  .object({
    maxAttempts: integerOption('How many times updateAtomically tries before it gives up with a TransactionConflictError.', 20, { min: 1, max: 10000 }),
    retryDelayMs: integerOption('The base pause after a conflict, in milliseconds; it grows with each attempt, with jitter.', 5, { min: 0, max: 60000 }),
  })
  .strict();

export type TransactionOptions = z.output<typeof transactionOptions>;

const TRANSACTION_MODULE = `/**
 * Optimistic transactions on Valkey: read under WATCH, write in an atomic batch, and try again when another client
 * changed the key in between (EXEC then answers null and applies nothing).
 */
import { ${hole('BatchClass')}, type ${hole('ClientType')} } from '@valkey/valkey-glide';

const MAX_ATTEMPTS = ${hole('maxAttempts')};
const RETRY_DELAY_MS = ${hole('retryDelayMs')};

/** Every attempt found the key changed by another client. */
export class TransactionConflictError extends Error {
  readonly key: string;

  constructor(key: string, attempts: number) {
    super('the key ' + key + ' kept changing: ' + String(attempts) + ' attempts conflicted');
    this.name = 'TransactionConflictError';
    this.key = key;
  }
}

// WATCH belongs to the connection, and a GLIDE client sends every caller's commands over the same one: two
// transactions interleaved on one client would clear each other's WATCH. So each client runs one at a time.
const queues = new WeakMap<object, Promise<unknown>>();

function oneAtATime<T>(client: object, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(client) ?? Promise.resolve()).then(task);
  queues.set(client, run.catch(() => undefined));
  return run;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Replaces the value of \`key\` with \`change(current)\` (\`null\` when the key does not exist) as one atomic step
 * against every other client, and answers the value written. \`change\` may run more than once: keep it free of
 * side effects. A \`change\` that throws leaves the key as it was.
 */
export async function updateAtomically(client: ${hole('ClientType')}, key: string, change: (current: string | null) => string): Promise<string> {
  return oneAtATime(client, async () => {
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      await client.watch([key]);
      let next: string;
      try {
        const current = await client.get(key);
        next = change(current === null ? null : String(current));
      } catch (error) {
        await client.unwatch();
        throw error;
      }
      const applied = await client.exec(new ${hole('BatchClass')}(true).set(key, next), true);
      if (applied !== null) return next;
      await pause(RETRY_DELAY_MS * attempt * (0.5 + Math.random()));
    }
    throw new TransactionConflictError(key, MAX_ATTEMPTS);
  });
}
`;

const TRANSACTION_DEMO = `/** 4 clients x 25 concurrent read-modify-write increments: none is lost; a change that throws changes nothing. */
import { closeGracefully, createValkeyClient } from './client.js';
import { updateAtomically } from './transaction.js';

const increment = (current: string | null) => String(Number(current ?? '0') + 1);

async function main(): Promise<boolean> {
  const clients = await Promise.all(Array.from({ length: 4 }, () => createValkeyClient()));
  const counter = 'glide-example:counter:' + String(process.pid);
  try {
    await Promise.all(clients.flatMap((client) => Array.from({ length: 25 }, () => updateAtomically(client, counter, increment))));
    const total = await clients[0].get(counter);
    let refused = false;
    try {
      await updateAtomically(clients[1], counter, () => {
        throw new Error('refused');
      });
    } catch {
      refused = true;
    }
    const afterRefusal = await clients[0].get(counter);
    await clients[0].del([counter]);
    console.log('counter after 100 concurrent increments: ' + String(total));
    const checks = {
      'no increment of 100 concurrent ones was lost': total === '100',
      'a change that throws is reported and changes nothing': refused && afterRefusal === '100',
    };${REPORT_CHECKS}
  } finally {
    await Promise.all(clients.map((client) => closeGracefully(client)));
  }
}
${DEMO_RUNNER}`;

export function transactionModuleFile(options: TransactionOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'transaction',
    TRANSACTION_MODULE,
    {
      maxAttempts: numberValue(j, options.maxAttempts),
      retryDelayMs: numberValue(j, options.retryDelayMs),
      BatchClass: batchClassHole(target.topology),
      ClientType: clientClassHole(target.topology),
    },
    target,
  );
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Optimistic transactions on Valkey GLIDE',
    '',
    `\`transaction.${target.language}\` exports \`updateAtomically(client, key, change)\` and \`TransactionConflictError\`.`,
    '',
    '- The key is read under `WATCH` and `change(current)` is written in an atomic batch; when another client wrote',
    '  the key in between, `EXEC` applies nothing and answers `null`, and the update is tried again (with a growing,',
    '  jittered pause), up to a number of attempts.',
    '- `WATCH` belongs to the connection and a GLIDE client multiplexes all its callers over one, so the module runs',
    '  one transaction at a time per client; use several clients for parallel transactions.',
    '- `change` may run more than once: keep it free of side effects.',
    '',
    '```' + target.language,
    "await updateAtomically(client, 'stock:42', (current) => String(Number(current ?? '0') - 1));",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const transactionGenerator = defineGenerator({
  id: 'transaction',
  title: 'Optimistic transaction (WATCH + atomic batch)',
  summary: 'Read-modify-write under WATCH with an atomic batch and retry, one transaction at a time per client; the demo proves 100 concurrent increments from 4 clients lose none.',
  options: transactionOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      transactionModuleFile(options, target),
      renderModule('demo', TRANSACTION_DEMO, {}, target),
      readme(target),
      ...projectFiles('transaction', target),
    ];
  },
});
