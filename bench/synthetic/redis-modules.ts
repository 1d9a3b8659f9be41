/**
 * The minority of the synthetic project that the codemod must rewrite: store modules of about 55 lines that
 * own a module-level client and use it for the everyday commands (get, set with a TTL, del, hget, incr, quit),
 * one flavour per client library. They exercise the import, construction, command and lifecycle rules.
 */
import { capitalise, type ModuleName, type Random } from './random.js';

export type RedisLibrary = 'ioredis' | 'node-redis';

function recordCodec(Noun: string): string[] {
  return [
    `export interface ${Noun}Record {`,
    `  readonly id: string;`,
    `  readonly name: string;`,
    `  readonly updatedAt: number;`,
    `}`,
    ``,
    `function keyOf(id: string): string {`,
    `  return \`\${PREFIX}:\${id}\`;`,
    `}`,
    ``,
    `function decode(raw: string | null): ${Noun}Record | undefined {`,
    `  if (raw === null) return undefined;`,
    `  const parsed = JSON.parse(raw) as Partial<${Noun}Record>;`,
    `  if (typeof parsed.id !== 'string' || typeof parsed.name !== 'string') return undefined;`,
    `  return { id: parsed.id, name: parsed.name, updatedAt: Number(parsed.updatedAt ?? 0) };`,
    `}`,
    ``,
  ];
}

/** An ioredis store: `new Redis({ host, port })`, commands in ioredis' lower-case spelling. */
function ioredisModule(name: ModuleName, random: Random): string[] {
  const Noun = capitalise(name.noun);
  const ttl = 60 * (1 + Math.floor(random() * 30));
  return [
    `/** ${Noun} store for ${name.area}: ${name.noun} records and counters kept in Redis through ioredis. */`,
    random() < 0.5 ? `import { Redis } from 'ioredis';` : `import Redis from 'ioredis';`,
    ``,
    `const redis = new Redis({ host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) });`,
    ``,
    `const PREFIX = '${name.area}:${name.noun}';`,
    `const TTL_SECONDS = ${ttl};`,
    ``,
    ...recordCodec(Noun),
    `export async function load${Noun}(id: string): Promise<${Noun}Record | undefined> {`,
    `  return decode(await redis.get(keyOf(id)));`,
    `}`,
    ``,
    `export async function save${Noun}(record: ${Noun}Record): Promise<void> {`,
    `  await redis.set(keyOf(record.id), JSON.stringify({ ...record, updatedAt: Date.now() }), 'EX', TTL_SECONDS);`,
    `}`,
    ``,
    `export async function remove${Noun}(id: string): Promise<number> {`,
    `  return redis.del(keyOf(id));`,
    `}`,
    ``,
    `export async function ${name.noun}Owner(id: string): Promise<string | null> {`,
    `  return redis.hget(\`\${keyOf(id)}:meta\`, 'owner');`,
    `}`,
    ``,
    `export async function count${Noun}View(id: string): Promise<number> {`,
    `  return redis.incr(\`\${keyOf(id)}:views\`);`,
    `}`,
    ``,
    `export async function close${Noun}Store(): Promise<void> {`,
    `  await redis.quit();`,
    `}`,
  ];
}

/** A node-redis store: `createClient({ socket })`, an error listener, `connect()`, camel-case commands. */
function nodeRedisModule(name: ModuleName, random: Random): string[] {
  const Noun = capitalise(name.noun);
  const ttl = 60 * (1 + Math.floor(random() * 30));
  return [
    `/** ${Noun} store for ${name.area}: ${name.noun} records and counters kept in Redis through node-redis. */`,
    `import { createClient } from 'redis';`,
    ``,
    `const client = createClient({`,
    `  socket: { host: process.env.REDIS_HOST ?? '127.0.0.1', port: Number(process.env.REDIS_PORT ?? 6379) },`,
    `});`,
    `client.on('error', (error: Error) => console.error('${name.area} store error', error.message));`,
    `await client.connect();`,
    ``,
    `const PREFIX = '${name.area}:${name.noun}';`,
    `const TTL_SECONDS = ${ttl};`,
    ``,
    ...recordCodec(Noun),
    `export async function load${Noun}(id: string): Promise<${Noun}Record | undefined> {`,
    `  return decode(await client.get(keyOf(id)));`,
    `}`,
    ``,
    `export async function save${Noun}(record: ${Noun}Record): Promise<void> {`,
    `  await client.set(keyOf(record.id), JSON.stringify({ ...record, updatedAt: Date.now() }), { EX: TTL_SECONDS });`,
    `}`,
    ``,
    `export async function remove${Noun}(id: string): Promise<number> {`,
    `  return client.del(keyOf(id));`,
    `}`,
    ``,
    `export async function ${name.noun}Owner(id: string): Promise<string | null> {`,
    `  return (await client.hGet(\`\${keyOf(id)}:meta\`, 'owner')) ?? null;`,
    `}`,
    ``,
    `export async function count${Noun}View(id: string): Promise<number> {`,
    `  return client.incr(\`\${keyOf(id)}:views\`);`,
    `}`,
    ``,
    `export async function close${Noun}Store(): Promise<void> {`,
    `  await client.quit();`,
    `}`,
  ];
}

/** A store module for `library`. */
export function redisModule(library: RedisLibrary, name: ModuleName, random: Random): string {
  const lines = library === 'ioredis' ? ioredisModule(name, random) : nodeRedisModule(name, random);
  return `${lines.join('\n')}\n`;
}
