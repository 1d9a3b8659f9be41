/**
 * A node-style callback passed as a call's last argument: a function the syntax shows (`function (err, value)
 * {...}`, an arrow, the name of a function declared or assigned once to a `const`, a `new Promise` executor's
 * `resolve` / `reject`, or a name declared with a function type). ioredis calls it with the reply instead of (as
 * well as) resolving the promise; node-redis (v4 and later) ignores it. A parameter or a variable whose value is
 * not visible is not taken for one here: ioredis decides at run time, and callback-arguments flags such a last
 * argument unless it is shown to be a value.
 * The listener given to an event-emitter method (`on('error', f)`) is not a callback.
 */
import type { ASTPath, CallExpression } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';

const FUNCTION_LITERALS = new Set(['FunctionExpression', 'ArrowFunctionExpression']);
const EMITTER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'off', 'removeListener']);

/** `resolve` / `reject` of `new Promise((resolve, reject) => ...)`: the executor's parameters are functions. */
function isPromiseExecutorParameter(identifier: ASTPath): boolean {
  const executor = identifier.parent?.node as NodeLike | undefined;
  if (!executor || !FUNCTION_LITERALS.has(executor.type) || !(executor.params as unknown[]).includes(identifier.node)) return false;
  const construction = identifier.parent?.parent?.node as NodeLike | undefined;
  const callee = construction?.callee as NodeLike | undefined;
  return construction?.type === 'NewExpression' && callee?.type === 'Identifier' && callee.name === 'Promise' && (construction.arguments as unknown[])[0] === executor;
}

/** A name declared with a function type (`done: (err: Error | null) => void`). */
function isTypedAsFunction(identifier: ASTPath): boolean {
  const annotation = nodeOf(identifier).typeAnnotation as NodeLike | undefined;
  return (annotation?.typeAnnotation as NodeLike | undefined)?.type === 'TSFunctionType';
}

function isDeclaredFunction(path: ASTPath): boolean {
  const name = String(nodeOf(path).name);
  const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined) ?? [];
  if (declared.length !== 1) return false;
  const [identifier] = declared;
  if (isPromiseExecutorParameter(identifier) || isTypedAsFunction(identifier)) return true;
  const parent = identifier?.parent?.node as NodeLike | undefined;
  if (parent?.type === 'FunctionDeclaration' && parent.id === identifier?.node) return true;
  const declaration = identifier?.parent?.parent?.node as NodeLike | undefined;
  const init = parent?.type === 'VariableDeclarator' && parent.id === identifier?.node ? (parent.init as NodeLike | null) : null;
  return declaration?.type === 'VariableDeclaration' && declaration.kind === 'const' && init !== null && FUNCTION_LITERALS.has(init.type);
}

export function findCallbackArgument(path: ASTPath<CallExpression>, method: string): ASTPath | undefined {
  const count = path.node.arguments.length;
  if (count === 0 || EMITTER_METHODS.has(method)) return undefined;
  const last = path.get('arguments', count - 1) as ASTPath;
  const node = nodeOf(last);
  if (FUNCTION_LITERALS.has(node.type)) return last;
  return node.type === 'Identifier' && isDeclaredFunction(last) ? last : undefined;
}
