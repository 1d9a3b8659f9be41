/**
 * A pipeline all of whose commands are queued in loops or branches may send none: ioredis and node-redis then
 * answer `[]` without asking the server, where GLIDE's `exec` refuses an empty pipeline (`RequestError: Received
 * empty pipeline`; checked against valkey-server). The migrated program notes in a variable of its own that a
 * command was queued (`let pipelineHasCommands = false;` after the batch's declaration, `pipelineHasCommands =
 * true;` after each statement that queues one) and sends the pipeline only then:
 * `pipelineHasCommands ? redis.exec(pipeline, false) : Promise.resolve([])`.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind, StatementKind } from 'ast-types/lib/gen/kinds.js';
import type { QueuedBatch } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { lookupScope } from '../../ast/scope-lookup.js';

const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

/** `<batch>HasCommands`, or with a number after it: a name nothing in the block declaring the batch uses. */
function freshFlagName(context: RuleContext, declaration: ASTPath, batchName: string): string {
  const { j } = context;
  const taken = new Set(j(declaration.parent as ASTPath).find(j.Identifier).nodes().map((node) => node.name));
  const wanted = `${batchName}HasCommands`;
  for (let suffix = 1; ; suffix += 1) {
    const name = suffix === 1 ? wanted : `${wanted}${suffix}`;
    if (!taken.has(name) && !lookupScope(declaration, name)) return name;
  }
}

/** Puts `flag = true;` after `statement`, in a block with it where it stands alone (a loop's or a branch's body). */
function noteAfter(context: RuleContext, statement: ASTPath, flag: string): void {
  const { j } = context;
  const noted = j.expressionStatement(j.assignmentExpression('=', j.identifier(flag), j.booleanLiteral(true)));
  if (STATEMENT_LISTS.has(statement.parent?.node.type ?? '')) statement.insertAfter(noted);
  else statement.replace(j.blockStatement([statement.node as StatementKind, noted]));
}

/**
 * `sent` (the exec of `batch`) sent only when the program queued a command on the pipeline, `[]` otherwise, as
 * the source clients answered; `sent` itself when the pipeline always holds one.
 */
export function sentUnlessEmpty(context: RuleContext, batch: QueuedBatch, sent: ExpressionKind): ExpressionKind {
  const empty = batch.mayBeEmpty;
  if (!empty) return sent;
  const { j } = context;
  const flag = freshFlagName(context, empty.declaration, empty.name);
  empty.declaration.insertAfter(j.variableDeclaration('let', [j.variableDeclarator(j.identifier(flag), j.booleanLiteral(false))]));
  for (const statement of empty.queuing) noteAfter(context, statement, flag);
  const none = j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('resolve')), [j.arrayExpression([])]);
  return j.conditionalExpression(j.identifier(flag), sent, none);
}
