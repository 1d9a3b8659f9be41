/**
 * `pipeline`: bulk writes and reads in non-atomic batches (`Batch(false)` / `ClusterBatch(false)`) of at most
 * `chunkSize` commands, sent one after another, so a large bulk neither builds one huge request nor waits for
 * one huge reply. Every batch runs with raiseOnError false: an entry the server refuses answers its own
 * RequestError in its place and the other entries are applied and answered, in input order. On a cluster GLIDE
 * splits a non-atomic batch by slot and puts the replies back in order, so the keys need no common hash tag.
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

export const pipelineOptions = z
  .object({
    chunkSize: integerOption('The most commands one batch (one exec) sends; larger bulks are sent as several batches, one after another.', 100, { min: 1, max: 100000 }),
  })
  .strict();

export type PipelineOptions = z.output<typeof pipelineOptions>;

const PIPELINE_MODULE = `/**
 * Bulk writes and reads in non-atomic batches of at most CHUNK_SIZE commands, one batch after another. An entry
 * the server refuses answers its RequestError in its place; the others are applied and answered, in input order.
 */
import { ${hole('BatchClass')}, RequestError, type GlideReturnType, type ${hole('ClientType')} } from '@valkey/valkey-glide';

export const CHUNK_SIZE = ${hole('chunkSize')};

/**
 * Adds one command per item to non-atomic batches of at most \`chunkSize\` commands, sends them one after another
 * and answers the replies in input order: one per item, a RequestError where the server refused that one.
 * \`add\` must add exactly one command per item. A failure of a whole batch (a timeout, a lost connection)
 * throws; the batches before it were applied.
 */
export async function inChunks<T>(
  client: ${hole('ClientType')},
  items: readonly T[],
  add: (batch: ${hole('BatchClass')}, item: T) => void,
  chunkSize: number = CHUNK_SIZE,
): Promise<GlideReturnType[]> {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new RangeError('chunkSize must be a positive integer');
  const results: GlideReturnType[] = [];
  // An empty non-atomic batch is refused by GLIDE ("Received empty pipeline"): no items, no batch.
  for (let start = 0; start < items.length; start += chunkSize) {
    const batch = new ${hole('BatchClass')}(false);
    for (const item of items.slice(start, start + chunkSize)) add(batch, item);
    const replies = await client.exec(batch, false);
    // Only a transaction aborted by WATCH answers null; a non-atomic batch answers one reply per command.
    if (replies === null) throw new Error('a non-atomic batch answered null');
    results.push(...replies);
  }
  return results;
}

/** SET of every [key, value] pair; answers 'OK' or the entry's RequestError, in input order. */
export async function setMany(client: ${hole('ClientType')}, entries: readonly (readonly [string, string])[], chunkSize: number = CHUNK_SIZE): Promise<('OK' | RequestError)[]> {
  const replies = await inChunks(client, entries, (batch, [key, value]) => batch.set(key, value), chunkSize);
  return replies.map((reply) => (reply instanceof RequestError ? reply : 'OK'));
}

/** GET of every key; answers the value, null for a missing key, or the entry's RequestError, in input order. */
export async function getMany(client: ${hole('ClientType')}, keys: readonly string[], chunkSize: number = CHUNK_SIZE): Promise<(string | null | RequestError)[]> {
  const replies = await inChunks(client, keys, (batch, key) => batch.get(key), chunkSize);
  return replies.map((reply) => (reply instanceof RequestError || reply === null ? reply : String(reply)));
}
`;

const PIPELINE_DEMO = `/** 1,000 writes and reads in chunks: all in input order, no exec over CHUNK_SIZE, a refused entry loses no other. */
import { RequestError } from '@valkey/valkey-glide';
import { closeGracefully, createValkeyClient } from './client.js';
import { CHUNK_SIZE, getMany, setMany } from './pipeline.js';

const ENTRIES = 1000;

async function main(): Promise<boolean> {
  const client = await createValkeyClient();
  // Counts the replies of every exec: one per command the batch sent.
  const repliesPerExec: number[] = [];
  const exec = client.exec.bind(client);
  client.exec = async (...args: Parameters<typeof exec>) => {
    const replies = await exec(...args);
    repliesPerExec.push(replies === null ? 0 : replies.length);
    return replies;
  };
  // Keys of the demo's own, so that no real key is touched.
  const prefix = 'glide-example:pipeline:' + String(process.pid) + ':';
  const keys = Array.from({ length: ENTRIES }, (_, index) => prefix + String(index));
  const refused = prefix + 'a-list';
  try {
    const written = await setMany(client, keys.map((key, index): [string, string] => [key, 'value ' + String(index)]));
    await client.lpush(refused, ['not a string']);
    // The list in the middle makes its GET fail (WRONGTYPE); the others still answer.
    const asked = [...keys.slice(0, 500), refused, ...keys.slice(500)];
    const read = await getMany(client, asked);
    const expectedExecs = Math.ceil(ENTRIES / CHUNK_SIZE) + Math.ceil((ENTRIES + 1) / CHUNK_SIZE);
    const nothing = await setMany(client, []);
    await client.del([...keys, refused]);
    const values = read.filter((value, index) => index !== 500);
    console.log(String(ENTRIES) + ' entries written and read in ' + String(repliesPerExec.length) + ' batches of at most ' + String(Math.max(...repliesPerExec)) + ' commands');
    const checks = {
      'every write was applied': written.length === ENTRIES && written.every((reply) => reply === 'OK'),
      'every value was read back in input order': values.length === ENTRIES && values.every((value, index) => value === 'value ' + String(index)),
      'the refused entry answered its own error': read[500] instanceof RequestError && read[500].message.includes('WRONGTYPE'),
      'no exec sent more than CHUNK_SIZE commands': repliesPerExec.every((count) => count >= 1 && count <= CHUNK_SIZE),
      'the entries went in as few batches as CHUNK_SIZE allows': repliesPerExec.length === expectedExecs,
      'an empty bulk sends no batch': nothing.length === 0,
    };${REPORT_CHECKS}
  } finally {
    await closeGracefully(client);
  }
}
${DEMO_RUNNER}`;

export function pipelineModuleFile(options: PipelineOptions, target: GeneratorTarget): GeneratedFile {
  return renderModule(
    'pipeline',
    PIPELINE_MODULE,
    { chunkSize: numberValue(j, options.chunkSize), BatchClass: batchClassHole(target.topology), ClientType: clientClassHole(target.topology) },
    target,
  );
}

function readme(target: GeneratorTarget): GeneratedFile {
  const text = [
    '# Chunked pipelines on Valkey GLIDE',
    '',
    `\`pipeline.${target.language}\` exports \`setMany(client, entries)\`, \`getMany(client, keys)\`, \`inChunks(client, items, add)\` and \`CHUNK_SIZE\`.`,
    '',
    '- Commands go in non-atomic batches (`exec(new Batch(false), false)`) of at most `CHUNK_SIZE` commands, one batch',
    '  after another, so a bulk of a million entries is neither one huge request nor one huge reply.',
    '- The replies come back in input order, one per entry; an entry the server refuses (a `WRONGTYPE`, say) answers its',
    '  own `RequestError` in its place and the other entries are applied and answered.',
    '- A non-atomic batch is not a transaction: other clients may see some entries written before the others.',
    '- On a cluster GLIDE splits a non-atomic batch by slot and puts the replies back in order: the keys need no hash tag.',
    '',
    '```' + target.language,
    "await setMany(client, [['user:1', 'Ada'], ['user:2', 'Grace']]);",
    "const [ada, grace] = await getMany(client, ['user:1', 'user:2']);",
    "const lengths = await inChunks(client, ['queue:a', 'queue:b'], (batch, key) => batch.llen(key));",
    '```',
    '',
    runInstructions(target),
  ];
  return { path: 'README.md', text: text.join('\n') };
}

export const pipelineGenerator = defineGenerator({
  id: 'pipeline',
  title: 'Chunked pipeline (non-atomic batches, errors per entry)',
  summary: 'Bulk SET and GET in non-atomic batches of at most chunkSize commands, replies in input order with a RequestError per refused entry; the demo proves 1,000 entries written and read back in order, no exec over the chunk size and a refused entry losing no other.',
  options: pipelineOptions,
  languages: ['ts', 'js'],
  moduleSystems: ['esm', 'cjs'],
  topologies: ['standalone', 'cluster'],
  build(options, target) {
    return [
      defaultClientModuleFile(target),
      pipelineModuleFile(options, target),
      renderModule('demo', PIPELINE_DEMO, {}, target),
      readme(target),
      ...projectFiles('pipeline', target),
    ];
  },
});
