/**
 * `glide-codemod migrate <paths...>`: a dry run prints the diff and a summary; `--write` applies all files or
 * none; `--json` prints the report. Exit 1 when any file failed (and then nothing is written). The project's
 * glide-codemod.config.json may name the paths (`include`) and ask for a partial migration (`partial`).
 */
import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findUncommittedChanges } from '../git-working-tree.js';
import { formatSummary } from '../format-summary.js';
import { UsageError } from '../usage-error.js';
import { includedPaths, readProjectConfig } from '../project-config.js';
import { exitCodeFor, watchForInterruption } from '../interruption.js';
import { progressBar } from '../progress-bar.js';
import { WORKERS_OPTION, workersFrom } from '../workers-option.js';
import type { CommandIo } from './command-io.js';

/** Refuses a report path whose folder does not exist or cannot be written, or that names a folder. */
function assertWritable(file: string, given: string): void {
  const folder = path.dirname(file);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`--report ${given}: no such folder ${folder}`, { withUsage: false });
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(`--report ${given} is a folder, not a file`, { withUsage: false });
  try {
    accessSync(existsSync(file) ? file : folder, constants.W_OK);
  } catch {
    throw new UsageError(`--report ${given}: cannot write there`, { withUsage: false });
  }
}

export async function migrateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      write: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      partial: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      report: { type: 'string' },
      config: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      ...WORKERS_OPTION,
    },
  });
  const loaded = await readProjectConfig(values.config, io.cwd);
  if (positionals.length === 0) positionals.push(...includedPaths(loaded, io.cwd));
  if (positionals.length === 0) throw new UsageError('migrate needs at least one path: glide-codemod migrate <paths...> (or "include" in glide-codemod.config.json)');
  const partial = values.partial || loaded?.config.partial === true;
  const workers = workersFrom(values.workers);
  // The report's folder must take it before any file is touched: a report that cannot be written is refused first.
  if (values.report) assertWritable(path.resolve(io.cwd, values.report), values.report);
  if (values.write && !values.force) {
    const dirty = findUncommittedChanges(positionals, io.cwd);
    if (dirty.length > 0) {
      throw new UsageError(
        `the git tree has uncommitted changes under the paths (${dirty.length} file(s), e.g. ${dirty[0].trim()}); commit or stash them, or pass --force`,
      );
    }
  }
  const { migrateProject } = await import('../../index.js');
  const bar = progressBar(io.stderrStream, { quiet: values.quiet, noun: 'migrating' });
  const interruption = watchForInterruption();
  let migration;
  try {
    migration = await migrateProject({ paths: positionals, cwd: io.cwd, write: values.write, partial, onProgress: bar?.update, signal: interruption.signal, workers });
  } catch (error) {
    const received = interruption.received();
    if (!received) throw error;
    bar?.stop();
    io.stderr(`glide-codemod: interrupted (${received}); nothing was written\n`);
    return exitCodeFor(received);
  } finally {
    interruption.release();
  }
  bar?.stop();
  const { report, diff, recovered } = migration;
  for (const recovery of recovered) {
    const what = recovery.outcome === 'completed' ? 'finished writing' : 'put back the originals of';
    io.stderr(`glide-codemod: an earlier write was interrupted; ${what} its ${recovery.files} file(s) (journal ${recovery.journal})\n`);
  }
  if (values.report) {
    try {
      writeFileSync(path.resolve(io.cwd, values.report), `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      io.stderr(`glide-codemod: cannot write the report to ${values.report}: ${(error as Error).message}\n`);
      return 1;
    }
  }
  if (values.debug) {
    for (const file of report.files) if (file.error?.stack) io.stderr(`${file.path}: ${file.error.stack}\n`);
  }
  if (values.json) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else io.stdout(`${diff}${formatSummary(report, positionals)}`);
  return report.summary.errors > 0 ? 1 : 0;
}
