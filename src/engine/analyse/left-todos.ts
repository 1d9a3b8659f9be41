/**
 * The `TODO(glide-codemod): <rule-id>: <reason>` comments a file already carries, from an earlier run: a rerun
 * after `--write` reports them again, so that what is left for a person is never lost from the report.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { Diagnostic } from '../rewrite/edits.js';
import { TODO_MARKER } from '../../ast/todo-comments.js';

const PREFIX = ` ${TODO_MARKER}: `;

interface CommentToken {
  readonly type: string;
  readonly value: string;
  readonly loc: { readonly start: { readonly line: number; readonly column: number } };
}

/** The parsers keep every comment among the file's tokens, in order, with its place. */
function lineComments(file: ParsedFile): readonly CommentToken[] {
  const tokens = (file.root.get().node as { tokens?: readonly CommentToken[] }).tokens ?? [];
  return tokens.filter((token) => token.type === 'CommentLine');
}

export function findLeftTodos(file: ParsedFile): Diagnostic[] {
  if (!file.text.includes(TODO_MARKER)) return [];
  const found: Diagnostic[] = [];
  for (const comment of lineComments(file)) {
    if (!comment.value.startsWith(PREFIX)) continue;
    const rest = comment.value.slice(PREFIX.length);
    const separator = rest.indexOf(': ');
    if (separator <= 0) continue;
    const { line, column } = comment.loc.start;
    found.push({ ruleId: rest.slice(0, separator), severity: 'todo', line, column: column + 1, message: rest.slice(separator + 2) });
  }
  return found;
}
