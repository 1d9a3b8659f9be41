/**
 * `glide-codemod validate <files...>` (or `-` for standard input): type errors against the installed GLIDE types
 * and GLIDE pitfalls, one line each (`file:line:column  error  rule-id  message`), or the reports as JSON. Exit 1
 * when anything is reported, 0 when the code is clean.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../usage-error.js';
import type { CommandIo } from './command-io.js';

export interface ValidateCommandInput {
  /** Standard input, for `-`. */
  readonly stdin?: () => string;
}

export async function validateCommand(argv: readonly string[], io: CommandIo, input: ValidateCommandInput = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, language: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('validate needs a file, or - for standard input: glide-codemod validate <files...>');
  const language = values.language ?? 'ts';
  if (language !== 'ts' && language !== 'js') throw new UsageError(`--language takes ts or js, not '${language}'`);
  const files = positionals.map((file) => {
    if (file === '-') {
      return { file: `stdin.${language}`, text: (input.stdin ?? (() => readFileSync(0, 'utf8')))(), cwd: io.cwd };
    }
    try {
      return { file, text: readFileSync(path.resolve(io.cwd, file), 'utf8'), cwd: io.cwd };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
      throw new UsageError(`cannot read ${file}: ${reason}`, { withUsage: false });
    }
  });
  const { validate } = await import('../../index.js');
  const reports = await validate(files);
  const findings = reports.flatMap((report) => report.findings);
  if (values.json) io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  else {
    for (const finding of findings) io.stdout(`${finding.file}:${finding.line}:${finding.column}  error  ${finding.ruleId}  ${finding.message}\n`);
    io.stdout(findings.length === 0 ? `${files.length} file(s) checked: no problems\n` : `${findings.length} problem(s) in ${files.length} file(s)\n`);
  }
  return findings.length > 0 ? 1 : 0;
}
