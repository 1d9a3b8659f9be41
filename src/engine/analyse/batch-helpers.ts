/**
 * A batch passed to a function of the same module that queues commands on it:
 * `function queueUser(pipeline, id) { pipeline.hset(...); pipeline.expire(...); }`, called as
 * `queueUser(pipeline, id)` before the batch is sent. The function's commands are the batch's too, at slots the
 * code does not tell (it may be called any number of times). It is followed only where nothing else can reach
 * the batch through it: a function declared once in the module (not async, not a generator, its parameter a plain
 * name, without a type written or typed as a batch of the source client: ioredis' `ChainableCommander`), every
 * call of which passes this batch at that place as a statement of its own,
 * whose parameter is used only to queue commands, each chain a statement of its own, not sent, counted or passed
 * on there.
 */
import type { ASTPath, CallExpression } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { FUNCTION_TYPES } from './await-context.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/**
 * The commands a followed function queues on the batch, and whether each call queues them all, in that order
 * (`fixed`: each chain a statement of the function's body itself, which has no `return`); or why it is not followed.
 */
export type HelperQueuing =
  | {
      readonly commands: readonly ASTPath<CallExpression>[];
      readonly fixed: boolean;
      /** The type the parameter is written with (`pipeline: ChainableCommander`), which becomes GLIDE's `Batch`. */
      readonly parameterType?: ASTPath;
    }
  | { readonly problem: string };

/** `node` holds a `return` of its own (not one of a function inside). */
function holdsReturn(node: unknown): boolean {
  if (!node || typeof node !== 'object') return false;
  const typed = node as NodeLike;
  if (typed.type === 'ReturnStatement') return true;
  if (typeof typed.type === 'string' && FUNCTION_TYPES.has(typed.type)) return false;
  return Object.entries(typed).some(([key, value]) => key !== 'loc' && key !== 'comments' && (Array.isArray(value) ? value.some(holdsReturn) : holdsReturn(value)));
}

/** The function `name` names at `path`, declared once in the module: its node and the path of its declaration. */
function declaredFunction(path: ASTPath, name: string): ASTPath | undefined {
  const scope = lookupScope(path, name);
  const bindings = (scope?.getBindings() as Record<string, ASTPath[]> | undefined)?.[name] ?? [];
  if (bindings.length !== 1) return undefined;
  const declaring = bindings[0]?.parent as ASTPath | undefined;
  const node = declaring ? nodeOf(declaring) : undefined;
  if (node?.type === 'FunctionDeclaration') return declaring;
  const init = node?.type === 'VariableDeclarator' ? (node.init as NodeLike | undefined) : undefined;
  const kind = declaring?.parent ? nodeOf(declaring.parent).kind : undefined;
  if (kind !== 'const' || !init || (init.type !== 'ArrowFunctionExpression' && init.type !== 'FunctionExpression')) return undefined;
  return declaring?.get('init') as ASTPath;
}

/** `call` stands as a statement of its own: what it returns is not read. */
function isStatement(call: ASTPath): boolean {
  return call.parent?.node.type === 'ExpressionStatement';
}

/** The identifiers in `fn`'s body naming its parameter `name` (not shadowed, not in a function inside). */
function parameterReferences(fn: ASTPath, name: string, identifiers: readonly ASTPath[]): ASTPath[] | undefined {
  const inside = identifiers.filter((path) => {
    for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) if (current === fn) return true;
    return false;
  });
  const named = inside.filter((path) => nodeOf(path).name === name && !(nodeOf(fn).params as unknown[]).includes(path.node));
  const own = named.filter((path) => {
    const parent = path.parent ? nodeOf(path.parent) : undefined;
    if (parent?.type === 'MemberExpression' && parent.property === path.node && !parent.computed) return false;
    return lookupScope(path, name) === lookupScope(fn.get('body') as ASTPath, name);
  });
  // A function inside that sees the parameter could keep the batch past the call.
  const nested = own.some((path) => {
    for (let current = path.parent as ASTPath | null; current && current !== fn; current = current.parent as ASTPath | null) if (FUNCTION_TYPES.has(current.node.type)) return true;
    return false;
  });
  return nested ? undefined : own;
}

/** What a batch helper's parameter is written as, and the analysis' reading of it. */
interface HelperParameter {
  readonly problem?: string;
  readonly parameterType?: ASTPath;
}

/** The parameter at `position` must be a plain name, untyped or typed as a batch (`isBatchType`). */
function readParameter(fn: ASTPath, position: number, isBatchType: (type: NodeLike) => boolean, shown: string): HelperParameter {
  const parameter = (nodeOf(fn).params as NodeLike[])[position];
  if (parameter?.type !== 'Identifier') return { problem: `${shown}, whose parameter for it is not a plain name` };
  const annotation = parameter.typeAnnotation as NodeLike | undefined;
  if (!annotation) return {};
  const type = annotation.type === 'TSTypeAnnotation' ? (annotation.typeAnnotation as NodeLike) : undefined;
  if (!type || !isBatchType(type) || parameter.optional) return { problem: `${shown}, whose parameter for it is typed otherwise than as the source client's batch (ioredis' ChainableCommander)` };
  return { parameterType: fn.get('params', position, 'typeAnnotation', 'typeAnnotation') as ASTPath };
}

/**
 * Follows the batch `reference` passes to a function of the module. `chainOf` gives the calls chained on a value
 * (up to a send); `sends` tells a send; `isBatch` whether an identifier names the batch variable; `isBatchType`
 * whether a type written for the function's parameter names the source client's batch.
 */
export function followHelperCall(
  reference: ASTPath,
  identifiers: readonly ASTPath[],
  chainOf: (path: ASTPath) => ASTPath<CallExpression>[],
  sends: (call: ASTPath<CallExpression>) => boolean,
  isBatch: (path: ASTPath) => boolean,
  isBatchType: (type: NodeLike) => boolean,
): HelperQueuing | undefined {
  const call = reference.parent as ASTPath | null;
  const callNode = call ? nodeOf(call) : undefined;
  const position = callNode?.type === 'CallExpression' ? (callNode.arguments as unknown[]).indexOf(reference.node) : -1;
  const callee = callNode?.callee as NodeLike | undefined;
  if (!call || position < 0 || callee?.type !== 'Identifier') return undefined;
  const name = String(callee.name);
  const shown = `the batch is passed to ${name}()`;
  const fn = declaredFunction(call, name);
  const fnNode = fn ? nodeOf(fn) : undefined;
  if (!fn || !fnNode || fnNode.async || fnNode.generator) return { problem: `${shown}, which the codemod follows only where it is a function declared once in the module, neither async nor a generator` };
  const parameter = (fnNode.params as NodeLike[])[position];
  const read = readParameter(fn, position, isBatchType, shown);
  if (read.problem) return { problem: read.problem };
  const declares = (path: ASTPath) => {
    const parent = path.parent ? nodeOf(path.parent) : undefined;
    return (parent?.type === 'FunctionDeclaration' || parent?.type === 'VariableDeclarator') && parent.id === path.node;
  };
  const calls = identifiers.filter((path) => nodeOf(path).name === name && !declares(path) && declaredFunction(path, name) === fn);
  for (const use of calls) {
    const useCall = use.parent ? nodeOf(use.parent) : undefined;
    const passed = useCall?.type === 'CallExpression' && useCall.callee === use.node ? (useCall.arguments as NodeLike[])[position] : undefined;
    const passedPath = passed ? identifiers.find((path) => path.node === passed) : undefined;
    if (!passedPath || !isBatch(passedPath) || !isStatement(use.parent as ASTPath)) return { problem: `${shown}, which is used otherwise than called with this batch, in a statement of its own that reads nothing from it` };
  }
  const references = parameterReferences(fn, String(parameter.name), identifiers);
  if (!references) return { problem: `${shown}, where a function inside sees the batch` };
  const commands: ASTPath<CallExpression>[] = [];
  const body = nodeOf(fn).body as NodeLike;
  let fixed = body.type === 'BlockStatement' && !holdsReturn(body.body);
  for (const use of references) {
    const chain = chainOf(use);
    const top = chain.at(-1);
    if (!top || sends(top) || !isStatement(top)) return { problem: `${shown}, which uses it otherwise than to queue commands, each chain a statement of its own` };
    commands.push(...chain);
    if (!(body.body as unknown[]).includes((top.parent as ASTPath).node)) fixed = false;
  }
  return { commands, fixed, ...(read.parameterType ? { parameterType: read.parameterType } : {}) };
}
