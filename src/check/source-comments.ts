/**
 * The codemod's own comments in a source file, read line by line: the `TODO(glide-codemod): <rule-id>: <reason>`
 * comments a partial migration leaves, and the suppressions a team writes
 * (`// glide-codemod-ignore <rule-id> -- <reason>`, on the line of a finding or the line above it).
 */

export interface TodoComment {
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly reason: string;
}

export interface Suppression {
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  /** Empty when the suppression gives none, which is itself a finding. */
  readonly reason: string;
}

const TODO_MARK = 'TODO(glide-codemod):';
const IGNORE_MARK = 'glide-codemod-ignore';

function afterMark(text: string, mark: string): { column: number; rest: string } | undefined {
  const at = text.indexOf(mark);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  if (!before.includes('//') && !before.includes('/*') && !before.trimStart().startsWith('*')) return undefined;
  return { column: at, rest: text.slice(at + mark.length).trim() };
}

export function todoComments(lines: readonly string[]): TodoComment[] {
  return lines.flatMap((text, index) => {
    const found = afterMark(text, TODO_MARK);
    if (!found) return [];
    const separator = found.rest.indexOf(':');
    const ruleId = separator > 0 ? found.rest.slice(0, separator).trim() : 'todo';
    const reason = (separator > 0 ? found.rest.slice(separator + 1) : found.rest).replace(/\*\/\s*$/, '').trim();
    return [{ line: index + 1, column: found.column, ruleId, reason }];
  });
}

export function suppressions(lines: readonly string[]): Suppression[] {
  return lines.flatMap((text, index) => {
    const found = afterMark(text, IGNORE_MARK);
    if (!found) return [];
    const [target, ...reason] = found.rest.replace(/\*\/\s*$/, '').split(' -- ');
    const ruleId = target.trim().split(/\s+/)[0] ?? '';
    return ruleId ? [{ line: index + 1, column: found.column, ruleId, reason: reason.join(' -- ').trim() }] : [];
  });
}
