/**
 * Whether an event handler only logs or does nothing: `() => {}`, `(err) => console.error('redis', err.message)`,
 * `console.error` itself, or a function of the file whose body is only such calls. Such a listener can be removed
 * when GLIDE emits no events: nothing the program does later depended on it. Anything else (a command, an
 * assignment, a call of the program's own) is work that would be dropped with the listener.
 */
import type { ASTPath } from 'jscodeshift';
import { functionOfArgument } from '../../engine/analyse/client-flow.js';
import type { NodeLike } from '../../ast/node.js';

const CONSOLE_METHODS = new Set(['log', 'error', 'warn', 'info', 'debug', 'trace']);
/** `console.error` and `console.warn` (and `trace`) write to stderr; the others to stdout. */
const STDERR_METHODS = new Set(['error', 'warn', 'trace']);

export type HandlerKind = 'ignores' | 'logs-to-stderr' | 'logs-to-stdout' | 'works';

function consoleMethod(node: NodeLike | undefined): string | undefined {
  if (node?.type !== 'MemberExpression' || node.computed) return undefined;
  const object = node.object as NodeLike;
  const property = node.property as NodeLike;
  const method = String(property.name);
  return object.type === 'Identifier' && object.name === 'console' && CONSOLE_METHODS.has(method) ? method : undefined;
}

/** `console.error` / `console.warn` / `console.trace`: where the program prints to stderr. */
export function isStderrLogger(node: NodeLike | undefined): boolean {
  const method = consoleMethod(node);
  return method !== undefined && STDERR_METHODS.has(method);
}

/** An argument whose evaluation only reads: names, literals, property reads, templates and operators over them. */
function onlyReads(node: NodeLike | undefined): boolean {
  if (!node) return true;
  switch (node.type) {
    case 'Identifier':
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'Literal':
    case 'ThisExpression':
      return true;
    case 'TemplateLiteral':
      return (node.expressions as NodeLike[]).every(onlyReads);
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return onlyReads(node.object as NodeLike) && (!node.computed || onlyReads(node.property as NodeLike));
    case 'BinaryExpression':
    case 'LogicalExpression':
      return onlyReads(node.left as NodeLike) && onlyReads(node.right as NodeLike);
    case 'ConditionalExpression':
      return [node.test, node.consequent, node.alternate].every((part) => onlyReads(part as NodeLike));
    case 'UnaryExpression':
      return node.operator !== 'delete' && onlyReads(node.argument as NodeLike);
    default:
      return false;
  }
}

/** The console method an expression calls with arguments that only read, if that is all it does. */
function loggingCall(node: NodeLike | undefined): string | undefined {
  if (node?.type !== 'CallExpression') return undefined;
  const method = consoleMethod(node.callee as NodeLike);
  return method && (node.arguments as NodeLike[]).every(onlyReads) ? method : undefined;
}

function kindOfCalls(methods: readonly (string | undefined)[]): HandlerKind {
  if (methods.some((method) => method === undefined)) return 'works';
  if (methods.length === 0) return 'ignores';
  return methods.every((method) => STDERR_METHODS.has(String(method))) ? 'logs-to-stderr' : 'logs-to-stdout';
}

function kindOfFunction(fn: NodeLike): HandlerKind {
  if (fn.async || fn.generator) return 'works';
  const body = fn.body as NodeLike;
  if (body.type !== 'BlockStatement') return kindOfCalls([loggingCall(body)]);
  const statements = body.body as NodeLike[];
  return kindOfCalls(
    statements
      .filter((statement) => statement.type !== 'EmptyStatement' && !(statement.type === 'ReturnStatement' && !statement.argument))
      .map((statement) => (statement.type === 'ExpressionStatement' ? loggingCall(statement.expression as NodeLike) : undefined)),
  );
}

/** What a listener given as `handler` does when the event fires. */
export function handlerKind(handler: ASTPath | undefined): HandlerKind {
  const node = handler?.node as unknown as NodeLike | undefined;
  if (!handler || !node) return 'ignores';
  const method = consoleMethod(node);
  if (method) return STDERR_METHODS.has(method) ? 'logs-to-stderr' : 'logs-to-stdout';
  const fn = functionOfArgument(handler);
  const fnNode = fn?.node as unknown as NodeLike | undefined;
  return fnNode && (fnNode.type === 'ArrowFunctionExpression' || fnNode.type === 'FunctionExpression' || fnNode.type === 'FunctionDeclaration')
    ? kindOfFunction(fnNode)
    : 'works';
}

/** Events that fire only when something goes wrong: a run that does not fail never calls their handlers. */
const FAILURE_EVENTS = new Set(['error', 'reconnecting']);

/**
 * Whether removing a listener leaves what a run prints and stores as it was: its handler does nothing, writes to
 * stderr only, or prints to stdout only for an event a run that does not fail never sees. A `connect`, `ready` or
 * `end` handler that prints to stdout prints on every run, and that output would be lost.
 */
export function removalKeepsBehaviour(event: string, handler: HandlerKind): boolean {
  if (handler === 'works') return false;
  return handler !== 'logs-to-stdout' || FAILURE_EVENTS.has(event);
}
