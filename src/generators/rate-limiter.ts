/**
 * `rate-limiter`: admits at most `limit` hits per subject per window, atomically, so concurrent callers cannot
 * slip past the limit. Fixed window: INCR and PEXPIRE ... NX in one atomic batch (`new ${hole('BatchClass')}(true)`), so the
 * window starts at its first hit and no crash between the two leaves a counter that never expires (the public
 * predecessor ran them as two commands). Sliding window: one `Script` over a sorted set of hit times (the
 * server's clock) that drops old hits and admits while fewer than `limit` remain.
 */
import { z } from 'zod';
import { hole } from '../ast/module-template.js';
import { REPORT_CHECKS } from './check-report.js';
import { defaultClientModuleFile } from './client.js';
import { defineGenerator, type GeneratedFile, type GeneratorTarget } from './define-generator.js';
import { DEMO_RUNNER } from './demo-runner.js';
import { numberValue, stringValue } from './literals.js';
import { integerOption, textOption } from './option-schemas.js';
import { projectFiles, runInstructions } from './project-files.js';
import { renderModule, templateSyntax as j } from './render-module.js';
import { batchClassHole, clientClassHole } from './topology-names.js';

export const rateLimiterOptions = z
  .object({
    algorithm: z
      .enum(['fixed-window', 'sliding-window'])
      .default('fixed-window')
      .describe('fixed-window: a counter per window (INCR + PEXPIRE NX, atomic); sliding-window: a sorted set of hit times (a Script).'),
    keyPrefix: textOption('Prepended to the subject (a user id, an IP) to form the key.', 'rate:'),
    limit: integerOption('Hits admitted per subject and window.', 10, { min: 1, max: 1000000 }),
    windowMs: integerOption('The window, in milliseconds.', 1000, { min: 1, max: 86400000 }),
  })
  .strict();

export type RateLimiterOptions = z.output<typeof rateLimiterOptions>;

const SETTINGS = `const KEY_PREFIX = ${hole('keyPrefix')};
export const LIMIT = ${hole('limit')};
export const WINDOW_MS = ${hole('windowMs')};
`;

const FIXED_WINDOW_MODULE = `/**
 * A fixed-window rate limiter: a counter per subject that starts with the window's first hit and expires with it.
 */
import { ${hole('BatchClass')}, ExpireOptions, type ${hole('ClientType')} } from '@valkey/valkey-glide';

${SETTINGS}
/**
 * Counts a hit for \`subject\`; true while it is within LIMIT hits of the current window. INCR and PEXPIRE NX run
 * as one transaction, so the counter always gets its expiry, and only the window's first hit sets it.
 */
export async function tryHit(client: ${hole('ClientType')}, subject: string): Promise<boolean> {
  const key = KEY_PREFIX + subject;
  const batch = new ${hole('BatchClass')}(true).incr(key).pexpire(key, WINDOW_MS, { expireOption: ExpireOptions.HasNoExpiry });
  const replies = await client.exec(batch, true);
  return Number(replies?.[0]) <= LIMIT;
}
`;

const SLIDING_WINDOW_MODULE = `/**
 * A sliding-window rate limiter: a sorted set per subject of the admitted hits' times, read and changed in one
 * script, so concurrent callers see each other's hits.
 */
import { randomBytes } from 'node:crypto';
import { Script, type ${hole('ClientType')} } from '@valkey/valkey-glide';

${SETTINGS}
// The server's clock orders the hits, so callers on different machines agree on the window.
const SLIDING_WINDOW = new Script(
  [
    "local time = redis.call('TIME')",
    'local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)',
    "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))",
    "if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then",
    "  redis.call('ZADD', KEYS[1], now, ARGV[3])",
    "  redis.call('PEXPIRE', KEYS[1], ARGV[1])",
    '  return 1',
    'end',
    'return 0',
  ].join('\\n'),
);

/** Records a hit for \`subject\` when fewer than LIMIT were admitted in the last WINDOW_MS; true when admitted. */
export async function tryHit(client: ${hole('ClientType')}, subject: string): Promise<boolean> {
  const hitId = randomBytes(8).toString('hex');
  const admitted = await client.invokeScript(SLIDING_WINDOW, { keys: [KEY_PREFIX + subject], args: [String(WINDOW_MS), String(LIMIT), hitId] });
  return admitted === 1;
}
`;

const LIMITER_DEMO = `/** 50 (or LIMIT + 10) concurrent callers: exactly LIMIT are admitted; after the window, callers are admitted again. */
import { closeGracefully, createValkeyClient } from './client.js';
import { LIMIT, WINDOW_MS, tryHit } from './rate-limiter.js';

// Waiting out a long window would make the demo hang; the window check then says it was not run.
const LONGEST_WAIT_MS = 5000;
const WAVE = 500;

async function main(): Promise<boolean> {
  const client = await createValkeyClient();
  const subject = 'glide-example-' + String(process.pid);
  try {
    const callers = Math.max(50, LIMIT + 10);
    let admitted = 0;
    // In waves, so a large LIMIT stays within GLIDE's 1000 requests in flight per client.
    for (let sent = 0; sent < callers; sent += WAVE) {
      const answers = await Promise.all(Array.from({ length: Math.min(WAVE, callers - sent) }, () => tryHit(client, subject)));
      admitted += answers.filter(Boolean).length;
    }
    console.log(String(admitted) + ' of ' + String(callers) + ' concurrent callers admitted, limit ' + String(LIMIT));
    let admittedAfterWindow = true;
    if (WINDOW_MS <= LONGEST_WAIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, WINDOW_MS + 50));
      admittedAfterWindow = await tryHit(client, subject);
    } else {
      console.log('window longer than ' + String(LONGEST_WAIT_MS) + ' ms: not waited for');
    }
    const checks = {
      'exactly LIMIT concurrent callers are admitted': admitted === LIMIT,
      'a caller is admitted again once the window has passed': admittedAfterWindow,
    };${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}
${DEMO_RUNNER}`;

export function rateLimiterModuleFile(options: RateLimiterOptions, target: GeneratorTarget): GeneratedFile {
  const settings = { keyPrefix: stringValue(j, options.keyPrefix), limit: numberValue(j, options.limit), windowMs: numberValue(j, options.windowMs), ClientType: clientClassHole(target.topology) };
  if (options.algorithm === 'sliding-window') return renderModule('rate-limiter', SLIDING_WINDOW_MODULE, settings, target);
  return renderModule('rate-limiter', FIXED_WINDOW_MODULE, { ...settings, BatchClass: batchClassHole(target.topology) }, target);
}

function readme(options: RateLimiterOptions, target: GeneratorTarget): GeneratedFile {
  const how =
    options.algorithm === 'fixed-window'
      ? ['A fixed window: `INCR` and `PEXPIRE ... NX` in one atomic `Batch(true)`. The window starts at the first hit;', 'a burst at the end of one window and the start of the next can admit up to twice the limit.']
      : ['A sliding window: one Lua `Script` over a sorted set of the admitted hits (scored by the server clock)', 'drops hits older than the window and admits while fewer than the limit remain.'];
  const text = [
    '# Rate limiter on Valkey GLIDE',
    '',
    `\`rate-limiter.${target.language}\` exports \`tryHit(client, subject)\`: \`true\` while \`subject\` is within \`LIMIT\` hits per \`WINDOW_MS\`.`,
    '',
    ...how,
    '',
    '```' + target.language,
    'if (!(await tryHit(client, userId))) {',
    '  // reject: too many requests',
    '}',
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const rateLimiterGenerator = defineGenerator({
  id: 'rate-limiter',
  title: 'Rate limiter',
  summary: 'Fixed window (atomic INCR + PEXPIRE NX batch) or sliding window (a Script over a sorted set); the demo proves exactly LIMIT of 50 concurrent callers are admitted.',
  options: rateLimiterOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      rateLimiterModuleFile(options, target),
      renderModule('demo', LIMITER_DEMO, {}, target),
      readme(options, target),
      ...projectFiles('rate-limiter', target),
    ];
  },
});
