/**
 * `glide-codemod generate <id> [--option key=value ...] [--lang ts|js] [--module esm|cjs] [--topology
 * standalone|cluster] --out <dir> [--force]` writes a generator's project; `generate --list [--json]` lists the
 * generators and their options. Existing files are never overwritten without `--force`. Every refusal (unknown
 * id, bad option, unsupported target, files in the way) exits 2 with a message and no stack trace.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';

type Index = typeof import('../../index.js');

const TARGET_FLAGS = { lang: 'LANGUAGES', module: 'MODULE_SYSTEMS', topology: 'TOPOLOGIES' } as const;

export async function generateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      option: { type: 'string', multiple: true, default: [] },
      lang: { type: 'string', default: 'ts' },
      module: { type: 'string', default: 'esm' },
      topology: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const index = await import('../../index.js');
  if (values.list) {
    if (positionals.length > 0) throw new UsageError('generate --list takes no generator id');
    io.stdout(values.json ? `${JSON.stringify(index.GENERATORS.map(index.describeGenerator), null, 2)}\n` : listText(index));
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('generate needs one generator id (see glide-codemod generate --list) and --out <dir>');
  const out = values.out;
  if (!out) throw new UsageError('generate needs --out <dir>, the folder to write the project to');
  for (const [flag, list] of Object.entries(TARGET_FLAGS)) {
    const value = values[flag as keyof typeof TARGET_FLAGS];
    const allowed: readonly string[] = index[list];
    if (value === undefined) continue;
    if (!allowed.includes(value)) throw new UsageError(`--${flag} takes ${allowed.join(' or ')}, not '${value}'`);
  }
  const generator = index.findGenerator(positionals[0]);
  if (!generator) throw new UsageError(new index.UnknownGeneratorError(positionals[0], index.GENERATORS.map((known) => known.id)).message, { withUsage: false });
  const files = generatedFiles(index, generator, values);
  const outDirectory = path.resolve(io.cwd, out);
  const inTheWay = files.filter((file) => existsSync(path.join(outDirectory, file.path)));
  if (inTheWay.length > 0 && !values.force) {
    throw new UsageError(`${out} already has ${inTheWay.map((file) => file.path).join(', ')}; pass --force to overwrite`, { withUsage: false });
  }
  for (const file of files) {
    const target = path.join(outDirectory, file.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
  io.stdout(`${files.map((file) => `wrote ${path.join(out, file.path)}`).join('\n')}\n`);
  return 0;
}

function generatedFiles(
  index: Index,
  generator: NonNullable<ReturnType<Index['findGenerator']>>,
  values: { readonly option: string[]; readonly lang: string; readonly module: string; readonly topology?: string },
) {
  const pairs = values.option.map((pair): [string, string] => {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new UsageError(`--option takes key=value, not '${pair}'`);
    return [pair.slice(0, equals), pair.slice(equals + 1)];
  });
  try {
    const options = index.optionsFromText(generator, pairs);
    // Without --topology the generator's own default applies (standalone, or cluster for cluster-only generators).
    const target = { language: values.lang, moduleSystem: values.module, ...(values.topology === undefined ? {} : { topology: values.topology }) } as Partial<import('../../index.js').GeneratorTarget>;
    return generator.generate(options, target);
  } catch (error) {
    if (error instanceof index.GeneratorOptionsError || error instanceof index.UnsupportedTargetError) throw new UsageError(error.message, { withUsage: false });
    throw error;
  }
}

function listText(index: Index): string {
  return index.GENERATORS.map((generator) => {
    const description = index.describeGenerator(generator);
    const targets = `${description.languages.join('|')}, ${description.moduleSystems.join('|')}, ${description.topologies.join('|')}`;
    const options = description.options.map((option) => `    ${option.name} (${option.type}, default ${JSON.stringify(option.default)}): ${option.description}`);
    return [`${description.id}  ${description.title}  [${targets}]`, `  ${description.summary}`, ...options, ''].join('\n');
  }).join('\n');
}
