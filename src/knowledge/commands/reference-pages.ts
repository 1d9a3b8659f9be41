/**
 * The command reference pages (`docs/commands/<family>.md` and an index), written from the catalogue: per family,
 * each command's names in ioredis, node-redis and GLIDE, what differs, and which rule migrates it; then the GLIDE
 * methods of the family the codemod does not migrate yet, with the reason. Generated, checked in, and tested to
 * be current.
 */
import { COMMAND_CATALOGUE, docsUrlOf, sourceNamesOf } from './catalogue.js';
import { NOT_CATALOGUED } from './not-catalogued.js';
import { COMMAND_FAMILIES, type CommandEntry, type CommandFamily } from './types.js';

export interface ReferencePage {
  /** Relative to `docs/commands/`. */
  readonly file: string;
  readonly text: string;
}

const TITLES: Readonly<Record<CommandFamily, string>> = {
  strings: 'Strings',
  keys: 'Keys',
  hashes: 'Hashes',
  lists: 'Lists',
  sets: 'Sets',
  'sorted-sets': 'Sorted sets',
  bitmaps: 'Bitmaps',
  hyperloglog: 'HyperLogLog',
  geo: 'Geospatial',
  server: 'Server and connection',
  scripting: 'Scripts and functions',
  streams: 'Streams',
  pubsub: 'Pub/sub',
  transactions: 'Transactions and batches',
};

const GENERATED = 'Generated from the command catalogue (`src/knowledge/commands/`) by `npm run docs:commands`; do not edit by hand.';

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (names: readonly string[]) => (names.length === 0 ? '(none)' : names.map((name) => `\`${name}\``).join(', '));

function row(entry: CommandEntry): string {
  const glide = [entry.glide, ...(entry.glideAlso ?? [])];
  const rule = entry.migration.rule;
  return [
    `[${entry.command}](${docsUrlOf(entry)})`,
    code(sourceNamesOf(entry, 'ioredis').map((name) => (entry.ioredisSubcommand ? `${name}('${entry.ioredisSubcommand}', …)` : name))),
    code(entry.nodeRedis),
    code(glide),
    cell(entry.differences ?? 'Nothing but the name.'),
    `automatic: [${rule}](../rules/${rule}.md)`,
  ].join(' | ');
}

function familyPage(family: CommandFamily): ReferencePage {
  const entries = COMMAND_CATALOGUE.filter((entry) => entry.family === family);
  const notYet = Object.entries(NOT_CATALOGUED).filter(([, excluded]) => excluded.family === family);
  const lines = [`# ${TITLES[family]}`, '', GENERATED, ''];
  if (entries.length > 0) {
    lines.push('| Redis | ioredis | node-redis | GLIDE | What differs | Migrated |', '| --- | --- | --- | --- | --- | --- |');
    lines.push(...entries.map((entry) => `| ${row(entry)} |`), '');
  } else {
    lines.push('The codemod migrates no command of this family yet.', '');
  }
  if (notYet.length > 0) {
    lines.push('## GLIDE methods not migrated yet', '');
    lines.push('A call of these in ioredis or node-redis keeps its client as written, and the report names the call.', '');
    lines.push('| GLIDE | Why |', '| --- | --- |');
    lines.push(...notYet.map(([name, excluded]) => `| \`${name}\` | ${cell(excluded.reason)} |`), '');
  }
  return { file: `${family}.md`, text: lines.join('\n') };
}

function indexPage(): ReferencePage {
  const lines = ['# Commands', '', GENERATED, ''];
  lines.push('What each Redis command is called in ioredis, node-redis and GLIDE, what differs between them, and how the codemod migrates it.', '');
  lines.push('| Family | Migrated | GLIDE methods not migrated yet |', '| --- | --- | --- |');
  for (const family of COMMAND_FAMILIES) {
    const migrated = COMMAND_CATALOGUE.filter((entry) => entry.family === family).length;
    const notYet = Object.values(NOT_CATALOGUED).filter((excluded) => excluded.family === family).length;
    lines.push(`| [${TITLES[family]}](${family}.md) | ${migrated} | ${notYet} |`);
  }
  lines.push('');
  return { file: 'README.md', text: lines.join('\n') };
}

export function commandReferencePages(): ReferencePage[] {
  return [indexPage(), ...COMMAND_FAMILIES.map(familyPage)];
}
