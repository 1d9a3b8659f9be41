/**
 * The text `glide-codemod verify` prints on stdout: what the migration of the copy did (and, when it migrated
 * nothing or left clients as written, what that means for the comparison), a line per side, and last `same` or the
 * first difference with both sides shown. Values are JSON-quoted so that spaces and empty lines are visible.
 */
import { summaryLines, type KeyspaceEntry, type RunDifference, type VerifyResult } from '../index.js';

const STDERR_TAIL_LINES = 10;

export function verifyText(result: VerifyResult): string {
  const lines = ['migration of the copy:', ...summaryLines(result.migration).map((line) => `  ${line}`)];
  if (result.migrationOutcome === 'nothing-migrated') {
    lines.push('note: nothing was migrated, so both sides run the same code; verify ran them anyway.');
  } else if (result.migrationOutcome === 'partly-blocked') {
    lines.push('note: the clients left as written (above) run unchanged on the migrated side; verify ran both sides anyway.');
  }
  for (const side of ['original', 'migrated'] as const) {
    const summary = result[side];
    lines.push(`${side}: exit ${summary.exit}, ${summary.stdoutLines} line(s) of stdout, ${summary.keys} key(s), ${summary.durationMs} ms`);
  }
  for (const failure of result.cleanupFailures) lines.push(`warning: could not clean up ${failure.step}: ${failure.reason}`);
  lines.push(...(result.difference ? differenceLines(result.difference, result) : ['same']));
  return `${lines.join('\n')}\n`;
}

function differenceLines(difference: RunDifference, result: VerifyResult): string[] {
  switch (difference.kind) {
    case 'timeout': {
      const both = difference.sides.length > 1;
      const runs = `the ${difference.sides.join(' and the ')} ${both ? 'runs' : 'run'}`;
      return [`different: ${runs} did not finish within ${difference.timeoutMs} ms and ${both ? 'were' : 'was'} killed (nothing else was compared)`];
    }
    case 'exit-code':
      return [
        'different: exit code',
        `  original: ${difference.original}`,
        `  migrated: ${difference.migrated}`,
        ...stderrTail('original', result.original.stderr),
        ...stderrTail('migrated', result.migrated.stderr),
      ];
    case 'stdout-line':
      return [`different: stdout line ${difference.line}`, `  original: ${quotedLine(difference.original)}`, `  migrated: ${quotedLine(difference.migrated)}`];
    case 'key':
      return [
        `different: key ${JSON.stringify(difference.key)} (db ${difference.db})`,
        `  original: ${describeEntry(difference.original)}`,
        `  migrated: ${describeEntry(difference.migrated)}`,
      ];
  }
}

function quotedLine(line: string | undefined): string {
  return line === undefined ? '(no such line)' : JSON.stringify(line);
}

function describeEntry(entry: KeyspaceEntry | undefined): string {
  if (!entry) return '(no such key)';
  return `${entry.type} ${JSON.stringify(entry.value)}, ${entry.hasTtl ? 'TTL set' : 'no TTL'}`;
}

function stderrTail(side: string, stderr: string): string[] {
  const tail = stderr.trimEnd().split('\n').slice(-STDERR_TAIL_LINES);
  if (stderr.trim() === '') return [];
  return [`  ${side} stderr (last ${tail.length} line(s)):`, ...tail.map((line) => `    ${line}`)];
}
