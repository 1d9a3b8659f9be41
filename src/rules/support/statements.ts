/**
 * Removing a whole statement without losing what a person must read: the TODO (and any comments the removed
 * statement carried) move to the neighbouring statement.
 */
import type { ASTPath } from 'jscodeshift';
import { sourceTextOf } from '../../ast/position.js';
import { enclosingStatement } from '../../ast/todo-comments.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';

interface Commented {
  comments?: unknown[] | null;
}

/** The next statement in the same block (or the previous one when it is the last), if any. */
function neighbourOf(statement: ASTPath): ASTPath | undefined {
  const parent = statement.parent as ASTPath | null;
  const body = (parent?.node as { body?: unknown } | undefined)?.body;
  if (!parent || !Array.isArray(body)) return undefined;
  const index = body.indexOf(statement.node);
  const neighbourIndex = index + 1 < body.length ? index + 1 : index - 1;
  return neighbourIndex >= 0 && neighbourIndex !== index ? (parent.get('body', neighbourIndex) as ASTPath) : undefined;
}

/** The first line of a node's original source, shortened, for quoting it in a TODO. */
export function quoteSource(_context: RuleContext, node: unknown): string {
  // Through the node's location: its start / end offsets count in recast's normalised text, not in the file's.
  const text = sourceTextOf(node)?.trim();
  if (!text) return '';
  const firstLine = text.split('\n')[0].trim();
  if (firstLine.length > 80) return `${firstLine.slice(0, 77)}...`;
  return firstLine === text ? text : `${firstLine} ...`;
}

/**
 * Removes the statement holding `path`; returns false (and removes nothing) when there is no neighbour. `leave`
 * says what the TODO is: a `note` where the migrated code behaves the same, a `flag` (which keeps the client from
 * being migrated unless the run is partial) where it may not.
 */
export function removeStatementWithTodo(context: RuleContext, path: ASTPath, reason: string, leave: 'note' | 'flag'): boolean {
  const statement = enclosingStatement(path);
  const neighbour = neighbourOf(statement);
  if (!neighbour) return false;
  const carried = (statement.node as Commented).comments ?? [];
  // The comment stands on the neighbour; the report points at the removed statement's own line.
  context[leave](neighbour, reason, { about: statement.node });
  const target = neighbour.node as Commented;
  if (carried.length > 0) target.comments = [...carried, ...(target.comments ?? [])];
  statement.prune();
  return true;
}

/** Removes a statement; the comments it carried (a note above `await client.connect()`) move to its neighbour. */
export function removeStatementKeepingComments(statement: ASTPath): void {
  const carried = (statement.node as Commented).comments ?? [];
  const neighbour = carried.length > 0 ? neighbourOf(statement) : undefined;
  if (neighbour) {
    const target = neighbour.node as Commented;
    target.comments = [...carried, ...(target.comments ?? [])];
  }
  statement.prune();
}
