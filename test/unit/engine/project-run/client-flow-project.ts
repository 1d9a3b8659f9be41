/**
 * A generated project whose clients cross modules every way the project pass follows: a shared client exported,
 * re-exported through a hub and imported; modules whose exported functions receive a client from other modules;
 * and a second client blocked by a call GLIDE cannot take yet (XADD), which reaches other modules the same ways,
 * so its blocking spreads across the files. `features` modules; each calls the function of another.
 */
const CONNECTION = "{ host: process.env.VALKEY_HOST ?? '127.0.0.1', port: Number(process.env.VALKEY_PORT ?? 6379) }";

export function clientFlowProject(features: number): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': '{ "type": "module" }\n',
    'src/clients/shared.ts': `import Redis from 'ioredis';\n\nexport const shared = new Redis(${CONNECTION});\n`,
    'src/clients/audit.ts': `import Redis from 'ioredis';\n\nexport const audit = new Redis(${CONNECTION});\n\nexport async function record(event: string) {\n  await audit.xadd('audit', '*', 'event', event);\n}\n`,
    'src/clients/index.ts': "export { shared } from './shared';\nexport * from './audit';\n",
  };
  for (let index = 0; index < features; index += 1) {
    const client = index % 3 === 2 ? 'audit' : 'shared';
    // Each client's features form their own chain: a feature calls the function of the one three before it.
    const before = index - 3;
    const previous = before < 0 ? '' : `import { countVisits${before} } from './feature-${before}';\n`;
    const body = [
      `import { ${client} } from '../clients/index';`,
      previous,
      `export async function countVisits${index}(client: typeof ${client}, user: string) {`,
      `  await client.incr('visits:' + user);`,
      `  return client.get('visits:' + user);`,
      '}',
      '',
      `export async function visit${index}(user: string) {`,
      before < 0 ? `  return countVisits${index}(${client}, user);` : `  await countVisits${before}(${client}, user);\n  return countVisits${index}(${client}, user);`,
      '}',
      '',
    ].filter((line) => line !== '');
    files[`src/features/feature-${index}.ts`] = `${body.join('\n')}\n`;
  }
  files['src/plain/format.ts'] = 'export const format = (value: unknown) => JSON.stringify(value);\n';
  return files;
}
