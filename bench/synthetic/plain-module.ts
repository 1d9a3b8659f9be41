/**
 * The bulk of the synthetic project: a plain TypeScript module of 60–150 lines (imports of Node built-ins and
 * of neighbouring modules, interfaces, a class with methods, exported functions) that never touches Redis.
 * The codemod must pass over such files cheaply; they make up most of any real project.
 */
import path from 'node:path';
import { capitalise, pick, type ModuleName, type Random } from './random.js';

function methodBlock(random: Random, noun: string, n: number): string[] {
  const Noun = capitalise(noun);
  switch (Math.floor(random() * 3)) {
    case 0:
      return [
        `  summarise${n}(items: readonly ${Noun}Entry[]): ${Noun}Summary {`,
        `    const total = items.reduce((sum, item) => sum + item.amount, 0);`,
        `    const largest = items.reduce((max, item) => Math.max(max, item.amount), 0);`,
        `    this.log.push(\`summarised \${items.length} entries\`);`,
        `    return { count: items.length, total, largest, label: this.label };`,
        `  }`,
        ``,
      ];
    case 1:
      return [
        `  filter${n}(items: readonly ${Noun}Entry[], minimum = ${Math.floor(random() * 100)}): ${Noun}Entry[] {`,
        `    const kept: ${Noun}Entry[] = [];`,
        `    for (const item of items) {`,
        `      if (item.amount >= minimum && item.tags.includes('${noun}')) kept.push(item);`,
        `    }`,
        `    return kept.sort((a, b) => a.createdAt - b.createdAt);`,
        `  }`,
        ``,
      ];
    default:
      return [
        `  async refresh${n}(id: string): Promise<${Noun}Entry | undefined> {`,
        `    const cached = this.cache.get(id);`,
        `    if (cached && Date.now() - cached.createdAt < ${1000 * (1 + Math.floor(random() * 60))}) return cached;`,
        `    const fresh = await this.source(id);`,
        `    if (fresh) this.cache.set(id, { ...fresh, createdAt: Date.now() });`,
        `    return fresh;`,
        `  }`,
        ``,
      ];
  }
}

function functionBlock(random: Random, noun: string, n: number): string[] {
  const Noun = capitalise(noun);
  return [
    `export function format${Noun}${n}(entry: ${Noun}Entry, locale = '${pick(random, ['en-GB', 'de-DE', 'fr-FR'])}'): string {`,
    `  const amount = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(entry.amount);`,
    `  const when = new Date(entry.createdAt).toISOString().slice(0, 10);`,
    `  return [entry.id, amount, when, ...entry.tags].join(path.sep === '/' ? ' | ' : ' ; ');`,
    `}`,
    ``,
  ];
}

function importOf(name: ModuleName, neighbour: ModuleName, alias: string): string {
  const specifier = path.relative(path.dirname(name.file), neighbour.file).split(path.sep).join('/').replace(/\.ts$/, '.js');
  return `import * as ${alias} from '${specifier.startsWith('.') ? specifier : `./${specifier}`}';`;
}

/** A module importing `neighbours` (other plain modules), 60–150 lines long. */
export function plainModule(name: ModuleName, random: Random, neighbours: readonly ModuleName[]): string {
  const Noun = capitalise(name.noun);
  const aliases = neighbours.map((neighbour, index) => `${neighbour.noun}${index}`);
  const lines = [
    `/** ${Noun} ${name.area} logic: pure in-memory helpers, no I/O beyond the injected source. */`,
    `import path from 'node:path';`,
    `import { EventEmitter } from 'node:events';`,
    ...neighbours.map((neighbour, index) => importOf(name, neighbour, aliases[index] as string)),
    ``,
    `export interface ${Noun}Entry {`,
    `  readonly id: string;`,
    `  readonly amount: number;`,
    `  readonly createdAt: number;`,
    `  readonly tags: readonly string[];`,
    `}`,
    ``,
    `export interface ${Noun}Summary {`,
    `  count: number;`,
    `  total: number;`,
    `  largest: number;`,
    `  label: string;`,
    `}`,
    ``,
    `export type ${Noun}Source = (id: string) => Promise<${Noun}Entry | undefined>;`,
    ``,
    `export class ${Noun}${capitalise(name.area)} extends EventEmitter {`,
    `  private readonly cache = new Map<string, ${Noun}Entry>();`,
    `  private readonly log: string[] = [];`,
    ``,
    `  constructor(private readonly source: ${Noun}Source, readonly label = '${name.area}') {`,
    `    super();`,
    `  }`,
    ``,
  ];
  const target = 60 + Math.floor(random() * 91);
  let n = 0;
  while (lines.length < target - 14) lines.push(...methodBlock(random, name.noun, n++));
  lines.push(`}`, ``);
  while (lines.length < target - 1) lines.push(...functionBlock(random, name.noun, n++));
  lines.push(`export const ${name.noun}Neighbours = [${aliases.join(', ')}];`);
  return `${lines.join('\n')}\n`;
}
