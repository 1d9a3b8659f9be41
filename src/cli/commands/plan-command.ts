/**
 * `glide-codemod plan <paths...> [--format md|json]`: the migration inventory and the steps, from a dry run
 * (nothing is written). Exit 0, or 2 on usage errors.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { planMarkdown } from '../format-plan.js';
import { UsageError } from '../usage-error.js';
import { WORKERS_OPTION, workersFrom } from '../workers-option.js';
import type { CommandIo } from './command-io.js';

export async function planCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { format: { type: 'string', default: 'md' }, ...WORKERS_OPTION } });
  const workers = workersFrom(values.workers);
  if (positionals.length === 0) throw new UsageError('plan needs at least one path: glide-codemod plan <paths...>');
  if (values.format !== 'md' && values.format !== 'json') throw new UsageError(`--format takes md or json, not '${values.format}'`);
  for (const target of positionals) {
    if (!existsSync(path.resolve(io.cwd, target))) throw new UsageError(`no such file or directory: ${target}`, { withUsage: false });
  }
  const { plan } = await import('../../index.js');
  const result = await plan({ paths: positionals, cwd: io.cwd, workers });
  io.stdout(values.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : planMarkdown(result));
  return 0;
}
