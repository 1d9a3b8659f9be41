/**
 * Puts `// TODO(glide-codemod): <rule-id>: <reason>` above the statement that holds a node, once: a rerun (or a
 * second flag for the same reason on the same statement) finds the same comment already there and adds nothing.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';

export const TODO_MARKER = 'TODO(glide-codemod)';

interface Commented {
  comments?: { type: string; value: string; leading?: boolean }[] | null;
}

const STATEMENT_PARENTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock', 'ClassBody']);

/** The statement (or class member) that holds `path`: where a comment can stand on a line of its own. */
export function enclosingStatement(path: ASTPath): ASTPath {
  let current = path;
  while (current.parent && !STATEMENT_PARENTS.has(current.parent.node.type)) current = current.parent;
  return current;
}

export function todoText(ruleId: string, reason: string): string {
  return ` ${TODO_MARKER}: ${ruleId}: ${reason}`;
}

/** Whether the statement already carries this exact TODO (a rerun, or the same flag raised twice). */
export function hasTodo(node: unknown, text: string): boolean {
  const comments = (node as Commented).comments ?? [];
  return comments.some((comment) => comment.value === text);
}

/**
 * Adds the comment; returns false when the statement already carries this TODO. Two different reasons of one rule
 * on one statement (an `on('error')` and an `on('connect')` listener) each get their own line.
 */
export function addTodoComment(j: JSCodeshift, path: ASTPath, ruleId: string, reason: string): boolean {
  const statement = enclosingStatement(path).node as Commented;
  const text = todoText(ruleId, reason);
  if (hasTodo(statement, text)) return false;
  const comment = j.commentLine(text, true, false);
  statement.comments = [...(statement.comments ?? []), comment as unknown as { type: string; value: string }];
  return true;
}
