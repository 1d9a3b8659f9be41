/**
 * What a batch queued in loops or branches holds, noted by the migrated program as it runs, where the code does
 * not tell:
 * - whether a pipeline holds a command at all: ioredis and node-redis answer an empty one with `[]` without asking
 *   the server, where GLIDE's `exec` refuses it (`RequestError: Received empty pipeline`; checked against
 *   valkey-server). `let pipelineHasCommands = false;` after the batch's declaration, `pipelineHasCommands =
 *   true;` after each statement that queues one, and the pipeline is sent only then:
 *   `pipelineHasCommands ? redis.exec(pipeline, false) : Promise.resolve([])`;
 * - which command each slot answers, where commands queued there need different conversions: `const
 *   pipelineQueued = [];` after the declaration, `pipelineQueued.push('set', 'expire');` after each statement that
 *   queues them, read where the reply is converted (`pipelineQueued[index] === 'expire' ? Number(result) : ...`).
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind, StatementKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientCall, QueuedBatch, UnknownSlotQueuing } from '../../engine/analyse/types.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { typeNode } from '../../engine/rewrite/type-text.js';
import { queuedMethod } from './batch-queued-commands.js';

const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'SwitchCase', 'TSModuleBlock']);

/** `<batch><suffix>`, or with a number after it: a name nothing in the block declaring the batch uses. */
function freshName(context: RuleContext, queuing: UnknownSlotQueuing, suffix: string): string {
  const { j } = context;
  const taken = new Set(j(queuing.declaration.parent as ASTPath).find(j.Identifier).nodes().map((node) => node.name));
  const wanted = `${queuing.name}${suffix}`;
  for (let count = 1; ; count += 1) {
    const name = count === 1 ? wanted : `${wanted}${count}`;
    if (!taken.has(name) && !lookupScope(queuing.declaration, name)) return name;
  }
}

/** Puts `noted` after `statement`, in a block with it where it stands alone (a loop's or a branch's body). */
function noteAfter(context: RuleContext, statement: ASTPath, noted: StatementKind): void {
  const { j } = context;
  if (STATEMENT_LISTS.has(statement.parent?.node.type ?? '')) statement.insertAfter(noted);
  else statement.replace(j.blockStatement([statement.node as StatementKind, noted]));
}

/**
 * `let pipelineHasCommands = false;` after the pipeline's declaration and `pipelineHasCommands = true;` after each
 * statement that queues a command on it: the expression that tells whether it holds one.
 */
export function noteHoldsCommand(context: RuleContext, queuing: UnknownSlotQueuing): ExpressionKind {
  const { j } = context;
  const flag = freshName(context, queuing, 'HasCommands');
  queuing.declaration.insertAfter(j.variableDeclaration('let', [j.variableDeclarator(j.identifier(flag), j.booleanLiteral(false))]));
  for (const { statement } of queuing.statements) noteAfter(context, statement, j.expressionStatement(j.assignmentExpression('=', j.identifier(flag), j.booleanLiteral(true))));
  return j.identifier(flag);
}

/**
 * `const pipelineQueued = [];` after the batch's declaration and `pipelineQueued.push('set', 'expire');` after each
 * statement queuing `entries` (the commands at slots the code does not tell), naming the GLIDE method each calls:
 * the name of the array.
 */
export function recordQueuedNames(context: RuleContext, queuing: UnknownSlotQueuing, entries: readonly ClientCall[]): string {
  const { j } = context;
  const name = freshName(context, queuing, 'Queued');
  const declared = j.identifier(name);
  if (context.typeScript) declared.typeAnnotation = j.tsTypeAnnotation(typeNode('string[]') as never);
  queuing.declaration.insertAfter(j.variableDeclaration('const', [j.variableDeclarator(declared, j.arrayExpression([]))]));
  for (const { statement, commands } of queuing.statements) {
    const names = commands.flatMap((command) => entries.filter((entry) => entry.path.node === command.node)).map((entry) => j.stringLiteral(queuedMethod(entry)));
    const push = j.callExpression(j.memberExpression(j.identifier(name), j.identifier('push')), names);
    noteAfter(context, statement, j.expressionStatement(push));
  }
  return name;
}

/** `holdsCommand ? sent : Promise.resolve([])`: a pipeline that may be empty is sent only when it holds a command. */
export function sentUnlessEmpty(context: RuleContext, batch: QueuedBatch, sent: ExpressionKind, holdsCommand: ExpressionKind): ExpressionKind {
  const { j } = context;
  if (!batch.mayBeEmpty) return sent;
  const none = j.callExpression(j.memberExpression(j.identifier('Promise'), j.identifier('resolve')), [j.arrayExpression([])]);
  return j.conditionalExpression(holdsCommand, sent, none);
}
