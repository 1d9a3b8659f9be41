/**
 * `check`: what still stands between a project and GLIDE, as findings a CI gate counts. The migration runs as a dry
 * run (nothing is written) and gives the clients still on ioredis or node-redis; the files' own comments give the
 * TODOs a partial migration left and the team's suppressions; `validate` gives the GLIDE pitfalls of the files on
 * GLIDE (its type errors are left to the project's own compiler, which knows the project's modules).
 * The engine and the validator are passed in, so this module depends on neither's wiring.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MigrationReport } from '../engine/report/migration-report.js';
import type { ValidateCodeInput, ValidationReport } from '../validate/validate-code.js';
import { fingerprintOf, type CheckFinding } from './finding.js';
import type { CheckReport } from './check-report.js';
import { clientFindings, type PlacedMessage } from './client-findings.js';
import { suppressions, todoComments, type Suppression } from './source-comments.js';

export const SUPPRESSION_WITHOUT_REASON = 'suppression-without-reason';
export const UNUSED_SUPPRESSION = 'unused-suppression';

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly migrate: (options: { paths: readonly string[]; cwd: string }) => Promise<{ report: MigrationReport }>;
  readonly validate: (inputs: readonly ValidateCodeInput[]) => Promise<readonly ValidationReport[]>;
}


const GLIDE_PACKAGE = '@valkey/valkey-glide';

function isSuppressed(finding: PlacedMessage, found: readonly Suppression[], used: Set<Suppression>): boolean {
  const match = found.find((entry) => entry.ruleId === finding.ruleId && (entry.line === finding.line || entry.line === finding.line - 1));
  if (match) used.add(match);
  return match !== undefined;
}

export async function checkProject(options: CheckOptions): Promise<CheckReport> {
  const { report } = await options.migrate({ paths: options.paths, cwd: options.cwd });
  const lines = new Map<string, readonly string[]>();
  for (const file of report.files) {
    try {
      lines.set(file.path, readFileSync(path.resolve(options.cwd, file.path), 'utf8').split(/\r?\n/));
    } catch {
      // Reported by the migration already (an unreadable file is its error).
    }
  }
  const placed: PlacedMessage[] = [...clientFindings(report.clients)];
  for (const [file, text] of lines) {
    for (const todo of todoComments(text)) placed.push({ ruleId: todo.ruleId, file, line: todo.line, column: todo.column + 1, message: `TODO left by the migration: ${todo.reason}` });
  }
  const onGlide = [...lines].filter(([, text]) => text.some((line) => line.includes(GLIDE_PACKAGE)));
  if (onGlide.length > 0) {
    const validated = await options.validate(onGlide.map(([file, text]) => ({ file, text: text.join('\n'), cwd: options.cwd })));
    for (const found of validated.flatMap((entry) => entry.findings)) if (found.ruleId !== 'type-error') placed.push(found);
  }

  const findings: CheckFinding[] = [];
  const used = new Set<Suppression>();
  let suppressed = 0;
  const allSuppressions = new Map([...lines].map(([file, text]) => [file, suppressions(text)]));
  const occurrences = new Map<string, number>();
  const add = (entry: PlacedMessage, severity: CheckFinding['severity']) => {
    const lineText = lines.get(entry.file)?.[entry.line - 1] ?? '';
    const key = [entry.ruleId, entry.file, lineText.trim()].join('\0');
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    findings.push({ ...entry, severity, fingerprint: fingerprintOf(entry.ruleId, entry.file, lineText, occurrence) });
  };
  for (const entry of placed) {
    if (isSuppressed(entry, allSuppressions.get(entry.file) ?? [], used)) suppressed += 1;
    else add(entry, 'error');
  }
  for (const [file, found] of allSuppressions) {
    for (const entry of found) {
      const where = { file, line: entry.line, column: entry.column + 1 };
      if (!entry.reason) add({ ruleId: SUPPRESSION_WITHOUT_REASON, ...where, message: `glide-codemod-ignore ${entry.ruleId} gives no reason: write one after ' -- '` }, 'error');
      if (!used.has(entry)) add({ ruleId: UNUSED_SUPPRESSION, ...where, message: `glide-codemod-ignore ${entry.ruleId} suppresses nothing on this line or the next; remove it` }, 'warning');
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const errors = report.files.filter((file) => file.status === 'error').map((file) => ({ file: file.path, message: file.error?.message ?? 'failed' }));
  return { findings, suppressed, files: report.files.length, errors };
}
