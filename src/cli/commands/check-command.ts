/**
 * `glide-codemod check <paths...>`: the CI gate. Findings are every client still on ioredis or node-redis, every
 * `TODO(glide-codemod)` left in the code and every GLIDE pitfall `validate` knows, less those a
 * `// glide-codemod-ignore <rule-id> -- <reason>` comment suppresses. Formats: text (default), `--format json`,
 * `--format sarif`, `--format github`. `--baseline <file>` fails only on findings not in it; `--update-baseline`
 * writes the current findings to it and exits 0. `glide-codemod.config.json` (found upward from the working
 * directory, or `--config <file>`) may give the paths (`include`), files whose findings are not reported (`exclude`),
 * a severity per rule (`off` drops it) and the baseline. Exit 0 without errors, 1 with findings of severity error,
 * 2 on usage errors (a bad config file included).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error.js';
import { WORKERS_OPTION, workersFrom } from '../workers-option.js';
import { includedPaths, readProjectConfig } from '../project-config.js';
import { githubFormat } from '../check-formats/github.js';
import { sarifFormat } from '../check-formats/sarif.js';
import { textFormat } from '../check-formats/text.js';
import type { CommandIo } from './command-io.js';
import { packageRoot, packageVersion } from '../../package-version.js';

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const PACKAGE_ROOT = packageRoot();

/** The rule's page in the package's docs, when it has one. */
function helpOf(ruleId: string): string | undefined {
  const page = path.join('docs', 'rules', `${ruleId}.md`);
  if (existsSync(path.join(PACKAGE_ROOT, page))) return page;
  return existsSync(path.join(PACKAGE_ROOT, 'docs', 'check.md')) ? 'docs/check.md' : undefined;
}

export async function checkCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false },
      config: { type: 'string' },
      ...WORKERS_OPTION,
    },
  });
  const { check, baselineSchema, baselineOf, newFindings, applyConfig } = await import('../../index.js');
  const loaded = await readProjectConfig(values.config, io.cwd);
  if (positionals.length === 0) positionals.push(...includedPaths(loaded, io.cwd));
  if (positionals.length === 0) throw new UsageError('check needs at least one path: glide-codemod check <paths...> (or "include" in glide-codemod.config.json)');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format takes ${FORMATS.join(', ')}, not '${values.format}'`);
  for (const target of positionals) {
    if (!existsSync(path.resolve(io.cwd, target))) throw new UsageError(`no such file or directory: ${target}`, { withUsage: false });
  }
  const baselineName = values.baseline ?? loaded?.config.baseline;
  const baselinePath = values.baseline ? path.resolve(io.cwd, values.baseline) : loaded?.config.baseline ? path.resolve(loaded.directory, loaded.config.baseline) : undefined;
  const checked = await check({ paths: positionals, cwd: io.cwd, workers: workersFrom(values.workers) });
  const report = loaded ? { ...checked, findings: applyConfig(checked.findings, loaded.config, loaded.directory, io.cwd) } : checked;

  if (values['update-baseline']) {
    if (!baselinePath) throw new UsageError('--update-baseline needs --baseline <file> (or "baseline" in glide-codemod.config.json) to write');
    writeFileSync(baselinePath, `${JSON.stringify(baselineOf(report.findings), null, 2)}\n`);
    io.stdout(`wrote ${report.findings.length} finding(s) to ${baselineName}\n`);
    return 0;
  }
  let findings = report.findings;
  let known = 0;
  if (baselinePath && existsSync(baselinePath)) {
    let parsed;
    try {
      parsed = baselineSchema.safeParse(JSON.parse(readFileSync(baselinePath, 'utf8')));
    } catch (error) {
      throw new UsageError(`${baselineName} is not JSON: ${(error as Error).message}`, { withUsage: false });
    }
    if (!parsed.success) throw new UsageError(`${baselineName} is not a glide-codemod baseline (write one with --update-baseline)`, { withUsage: false });
    ({ fresh: findings, known } = newFindings(report.findings, parsed.data));
  } else if (baselinePath) {
    throw new UsageError(`no baseline at ${baselineName} (write one with --update-baseline)`, { withUsage: false });
  }

  const besides = [known > 0 ? `${known} in the baseline` : '', report.suppressed > 0 ? `${report.suppressed} suppressed` : ''].filter(Boolean);
  const counted = `${findings.length === 0 ? 'no findings' : `${findings.length} finding(s)`} in ${report.files} file(s)${besides.length > 0 ? ` (${besides.join(', ')})` : ''}`;
  if (format === 'json') io.stdout(`${JSON.stringify({ ...report, findings, baselined: known }, null, 2)}\n`);
  else if (format === 'sarif') io.stdout(sarifFormat(findings, { version: packageVersion(), helpOf }));
  else if (format === 'github') io.stdout(githubFormat(findings));
  else io.stdout(textFormat(findings, counted));
  for (const failure of report.errors) io.stderr(`${failure.file}: ${failure.message}\n`);
  if (report.errors.length > 0) return 2;
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
