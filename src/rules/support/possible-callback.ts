/**
 * ioredis takes a command's last argument for a node-style callback whenever it is a function at run time, and
 * sends the other arguments without it. A last argument the syntax does not show to be a function or a value (a
 * parameter, a property read, a call's result) could be either: read as a value, the rewrite would spread a
 * callback into the command (`hdel('h', ['f', resolve].flat())`) and the callback would never run. It counts as a
 * value only when the syntax shows one (a literal, a template, an array or object, arithmetic, a name or call
 * value-shape reads as a string, number or array, `process.env.X`), or when the call could not be valid without
 * it: fewer words than the command's arity, an option token such as `'EX'` just before it, an odd count of
 * field-value pairs. Arguments before it are counted as one value each, as the command rules read them.
 */
import jscodeshift, { type ASTPath } from 'jscodeshift';
import type { ClientCall } from '../../engine/analyse/types.js';
import { commandArity } from '../../knowledge/command-arity.js';
import { literalValue } from '../../ast/literal-value.js';
import { shapeOfValue } from './value-shape.js';
import { namesProperty, nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { IOREDIS_SCAN_STREAMS } from './scan-loop.js';

const EMITTER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener', 'off', 'removeListener', 'removeAllListeners']);
/** Options that take the next argument as their value. */
const VALUE_TOKENS = new Set(['EX', 'PX', 'EXAT', 'PXAT', 'COUNT', 'RANK', 'MAXLEN', 'MATCH', 'TYPE']);
/** Commands whose words after the key (or all words) come in pairs, and their option tokens, which do not. */
const PAIRED: Readonly<Record<string, { readonly afterKey: boolean; readonly options: ReadonlySet<string> }>> = {
  hset: { afterKey: true, options: new Set() },
  hmset: { afterKey: true, options: new Set() },
  mset: { afterKey: false, options: new Set() },
  msetnx: { afterKey: false, options: new Set() },
  zadd: { afterKey: true, options: new Set(['NX', 'XX', 'GT', 'LT', 'CH', 'INCR']) },
};
/** ioredis reads an object argument of these as field-value pairs: an unknown earlier argument may be many words. */
const OBJECT_TAKING = new Set(['hset', 'hmset', 'mset', 'msetnx']);

const VALUE_NODES = new Set(['TemplateLiteral', 'ArrayExpression', 'ObjectExpression', 'BinaryExpression', 'UnaryExpression', 'UpdateExpression', 'SpreadElement']);
const VALUE_CALLS: Readonly<Record<string, ReadonlySet<string>>> = {
  JSON: new Set(['stringify']),
  Buffer: new Set(['from', 'alloc', 'concat']),
  Date: new Set(['now']),
  Math: new Set(['round', 'floor', 'ceil', 'max', 'min', 'random', 'trunc', 'abs']),
};

function isProcessEnv(node: NodeLike): boolean {
  const object = node.type === 'MemberExpression' ? (node.object as NodeLike) : undefined;
  return object?.type === 'MemberExpression' && (object.object as NodeLike).name === 'process' && (object.property as NodeLike).name === 'env';
}

function isValueCall(node: NodeLike): boolean {
  const callee = node.callee as NodeLike | undefined;
  if (node.type === 'NewExpression') return callee?.type === 'Identifier' && callee.name !== 'Function';
  if (node.type !== 'CallExpression' || callee?.type !== 'MemberExpression') return false;
  const object = callee.object as NodeLike;
  return object.type === 'Identifier' && VALUE_CALLS[String(object.name)]?.has(String((callee.property as NodeLike).name)) === true;
}

/**
 * What the reading of values knows of the file: the client calls (their replies are strings, numbers, arrays,
 * objects or null, never functions), and the names being read, so that names written from each other end.
 */
interface ValueFacts {
  readonly clientCalls: ReadonlySet<unknown>;
  readonly visiting: Set<string>;
}

/** The syntax shows a value that is not a function. */
function isValue(path: ASTPath, facts: ValueFacts): boolean {
  const node = nodeOf(path);
  if (literalValue(node) !== undefined || VALUE_NODES.has(node.type) || isProcessEnv(node) || isValueCall(node)) return true;
  if (node.type === 'Identifier' && node.name === 'undefined') return true;
  if (node.type === 'TSAsExpression' || node.type === 'TSNonNullExpression') return isValue(path.get('expression') as ASTPath, facts);
  if (node.type === 'ConditionalExpression') return isValue(path.get('consequent') as ASTPath, facts) && isValue(path.get('alternate') as ASTPath, facts);
  if (node.type === 'LogicalExpression') return isValue(path.get('left') as ASTPath, facts) && isValue(path.get('right') as ASTPath, facts);
  if (shapeOfValue(path) !== 'unknown' || isReplyValue(path, facts) || isJsonData(path)) return true;
  if (node.type !== 'Identifier') return false;
  const name = String(node.name);
  if (facts.visiting.has(name)) return false;
  facts.visiting.add(name);
  try {
    return isConstantValue(path, name, facts) || isUsedAsValue(path, name, facts) || isWrittenOnlyWithValues(path, name, facts) || isGivenOnlyValues(path, name, facts);
  } finally {
    facts.visiting.delete(name);
  }
}

/** The initialiser of `name` where it is declared once, by a declarator (`const name = init`) of one of `kinds`. */
function initialiserOf(path: ASTPath, name: string, kinds: readonly string[]): ASTPath | undefined {
  const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined) ?? [];
  const declarator = declared.length === 1 ? (declared[0].parent as ASTPath | null) : null;
  const declaration = declarator?.parent?.node as NodeLike | undefined;
  if (declarator?.node.type !== 'VariableDeclarator' || nodeOf(declarator).id !== declared[0].node || !kinds.includes(String(declaration?.kind))) return undefined;
  const init = declarator.get('init') as ASTPath;
  return init.node ? init : undefined;
}

/** `require('./script.json').sha1`, or a part of a `const` holding such a require: JSON holds no functions. */
function isJsonData(path: ASTPath): boolean {
  const node = nodeOf(path);
  if (node.type === 'MemberExpression') return isJsonData(path.get('object') as ASTPath);
  if (node.type === 'CallExpression') {
    const [argument] = node.arguments as NodeLike[];
    const specifier = argument ? literalValue(argument) : undefined;
    return (node.callee as NodeLike).type === 'Identifier' && (node.callee as NodeLike).name === 'require' && typeof specifier === 'string' && specifier.endsWith('.json');
  }
  if (node.type !== 'Identifier') return false;
  const init = initialiserOf(path, String(node.name), ['const']);
  return init !== undefined && nodeOf(init).type === 'CallExpression' && isJsonData(init);
}

/**
 * A client command's reply, or a part of one: `await redis.sscan(k, cursor)`, a `const` holding it, `reply[0]`,
 * `reply.field` (ioredis answers strings, numbers, arrays, objects and null, never a function).
 */
function isReplyValue(path: ASTPath, facts: ValueFacts): boolean {
  const node = nodeOf(path);
  if (node.type === 'AwaitExpression') return facts.clientCalls.has(node.argument);
  if (node.type === 'MemberExpression') return isReplyValue(path.get('object') as ASTPath, facts);
  if (node.type !== 'Identifier') return false;
  const init = initialiserOf(path, String(node.name), ['const']);
  return init !== undefined && nodeOf(init).type !== 'Identifier' && isReplyValue(init, facts);
}

/**
 * A `let` or `var` given a value where it is declared and every time it is written (`let cursor = '0';` then
 * `cursor = reply[0];`): compound assignments and `++` compute numbers or strings.
 */
function isWrittenOnlyWithValues(path: ASTPath, name: string, facts: ValueFacts): boolean {
  const init = initialiserOf(path, name, ['let', 'var']);
  if (!init || !isValue(init, facts)) return false;
  const scope = lookupScope(path, name);
  const body = scope?.path as ASTPath | undefined;
  if (!body) return false;
  const declared = nodeOf(init.parent as ASTPath).id;
  const references = jscodeshift(body)
    .find(jscodeshift.Identifier, { name })
    .paths()
    .filter((reference) => reference.node !== declared && lookupScope(reference as unknown as ASTPath, name) === scope) as unknown as ASTPath[];
  return references.every((reference) => {
    if (namesProperty(reference)) return true;
    const parentPath = reference.parent as ASTPath;
    const parent = nodeOf(parentPath);
    // Written through a pattern, or as a loop's variable: what it is given there is not shown.
    if (parent.type === 'ArrayPattern' || parent.type === 'RestElement') return false;
    if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.value === reference.node && parentPath.parent?.node.type === 'ObjectPattern') return false;
    if (parent.type === 'AssignmentPattern' && parent.left === reference.node) return false;
    if ((parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') && parent.left === reference.node) return false;
    if (parent.type !== 'AssignmentExpression' || parent.left !== reference.node) return true;
    return parent.operator !== '=' || isValue(parentPath.get('right') as ASTPath, facts);
  });
}

const FUNCTION_NODES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The name a function of the module is called by: its declaration's, or the `const` it is the value of. */
function functionName(fn: ASTPath): ASTPath | undefined {
  const node = nodeOf(fn);
  if (node.type === 'FunctionDeclaration') return node.id ? (fn.get('id') as ASTPath) : undefined;
  const declarator = fn.parent as ASTPath | null;
  const declaration = declarator?.parent?.node as NodeLike | undefined;
  const isConstValue = declarator?.node.type === 'VariableDeclarator' && nodeOf(declarator).init === node && declaration?.kind === 'const';
  return isConstValue && (nodeOf(declarator).id as NodeLike).type === 'Identifier' ? (declarator.get('id') as ASTPath) : undefined;
}

/**
 * A parameter of a function the module calls only by name, every call giving it a value the syntax shows
 * (`async function release(key, token) { ... }` called as `release('lock', 'owner-1')`): a function that is not
 * exported, passed on or called otherwise is given nothing else.
 */
function isGivenOnlyValues(path: ASTPath, name: string, facts: ValueFacts): boolean {
  const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined) ?? [];
  const fn = declared.length === 1 ? (declared[0].parent as ASTPath | null) : null;
  if (!fn || !FUNCTION_NODES.has(fn.node.type)) return false;
  const index = (nodeOf(fn).params as unknown[]).indexOf(declared[0].node);
  const id = index >= 0 ? functionName(fn) : undefined;
  const exported = fn.parent?.node.type === 'ExportNamedDeclaration' || fn.parent?.node.type === 'ExportDefaultDeclaration' || fn.parent?.parent?.parent?.node.type === 'ExportNamedDeclaration';
  if (!id || exported) return false;
  const called = String(nodeOf(id).name);
  const scope = lookupScope(id, called);
  const body = scope?.path as ASTPath | undefined;
  if (!body) return false;
  const references = jscodeshift(body).find(jscodeshift.Identifier, { name: called }).paths() as unknown as ASTPath[];
  const uses = references.filter((reference) => reference.node !== id.node && lookupScope(reference, called) === scope && !namesProperty(reference));
  return uses.length > 0 && uses.every((reference) => {
    const call = reference.parent as ASTPath;
    const node = nodeOf(call);
    if (node.type !== 'CallExpression' || node.callee !== reference.node) return false;
    const args = node.arguments as NodeLike[];
    if (args.slice(0, index + 1).some((argument) => argument.type === 'SpreadElement')) return false;
    return index >= args.length || isValue(call.get('arguments', index) as ASTPath, facts);
  });
}

/** Operators whose operands a program computes with: a function there would be a string of its source, or NaN. */
const COMPUTING = new Set(['+', '-', '*', '/', '%', '**', '<', '>', '<=', '>=', '|', '&', '^', '<<', '>>', '>>>']);
const CONVERSIONS = new Set(['String', 'Number', 'parseInt', 'parseFloat', 'BigInt']);

/**
 * Whether the program itself treats `name` as a value somewhere in its scope: a default value the syntax shows
 * (`ttl = 1000`), arithmetic or a comparison with it (`ttl * 2`, `limit > 0`), a template or a conversion that
 * reads it (`${ttl}`, `String(ttl)`). No program computes with a function it means ioredis to call back.
 */
function isUsedAsValue(path: ASTPath, name: string, facts: ValueFacts): boolean {
  const scope = lookupScope(path, name);
  const declared = (scope?.getBindings()[name] as ASTPath[] | undefined) ?? [];
  if (declared.length !== 1) return false;
  const parameter = declared[0].parent?.node as NodeLike | undefined;
  if (parameter?.type === 'AssignmentPattern' && parameter.left === declared[0].node && isValue(declared[0].parent?.get('right') as ASTPath, facts)) return true;
  const body = scope?.path as ASTPath | undefined;
  if (!body) return false;
  return jscodeshift(body)
    .find(jscodeshift.Identifier, { name })
    .some((reference) => reference.node !== path.node && lookupScope(reference as unknown as ASTPath, name) === scope && readsAsValue(reference as unknown as ASTPath));
}

/** An identifier read where only a value makes sense (see isUsedAsValue). */
function readsAsValue(reference: ASTPath): boolean {
  const parent = reference.parent?.node as NodeLike | undefined;
  if (!parent) return false;
  if (parent.type === 'BinaryExpression' && COMPUTING.has(String(parent.operator))) return true;
  if (parent.type === 'TemplateLiteral') return true;
  if (parent.type === 'UnaryExpression' && (parent.operator === '-' || parent.operator === '+')) return true;
  const callee = parent.type === 'CallExpression' ? (parent.callee as NodeLike) : undefined;
  return callee?.type === 'Identifier' && CONVERSIONS.has(String(callee.name)) && (parent.arguments as unknown[])[0] === reference.node;
}

/** A `const` initialised with a value the syntax shows. */
function isConstantValue(path: ASTPath, name: string, facts: ValueFacts): boolean {
  const init = initialiserOf(path, name, ['const']);
  return init !== undefined && nodeOf(init).type !== 'Identifier' && isValue(init, facts);
}

function token(node: unknown): string | undefined {
  const value = node ? literalValue(node) : undefined;
  return typeof value === 'string' ? value.toUpperCase() : undefined;
}

/** Whether the words before the last argument could make a valid command on their own. */
function validWithoutLast(call: ClientCall, args: readonly ASTPath[], facts: ValueFacts): boolean {
  const method = call.method.toLowerCase();
  const before = args.slice(0, -1);
  if (OBJECT_TAKING.has(method) && before.some((path) => !isValue(path, facts) || nodeOf(path).type === 'ObjectExpression')) return true;
  let words = 1;
  for (const path of before) {
    const node = nodeOf(path);
    if (node.type === 'SpreadElement') return true;
    if (node.type === 'ArrayExpression') {
      const elements = node.elements as NodeLike[];
      if (elements.some((element) => element?.type === 'SpreadElement')) return true;
      words += elements.length;
    } else if (node.type !== 'ObjectExpression' && shapeOfValue(path) === 'array') {
      return true;
    } else {
      words += 1;
    }
  }
  const previous = before.at(-1)?.node;
  if (token(previous) !== undefined && VALUE_TOKENS.has(String(token(previous)))) return false;
  if (token(before.at(-2)?.node) === 'LIMIT') return false;
  const arity = commandArity(method);
  if (arity !== undefined && (arity > 0 ? words !== arity : words < -arity)) return false;
  const paired = PAIRED[method];
  if (paired) {
    const counted = before.slice(paired.afterKey ? 1 : 0).filter((path) => !paired.options.has(String(token(path.node))));
    if (counted.length % 2 === 1) return false;
  }
  return true;
}

/**
 * The call's last argument when it may be a function that ioredis would take for a callback; `clientCalls` are the
 * file's client calls (their nodes), whose replies are values.
 */
export function possibleCallback(call: ClientCall, clientCalls: ReadonlySet<unknown>): ASTPath | undefined {
  const count = call.path.node.arguments.length;
  // An event-emitter method's function is a listener, which callback-argument.ts leaves out too.
  // ioredis' scan streams (scanStream(options), zscanBufferStream(key, options)) take no callback: they answer a stream.
  if (count === 0 || EMITTER_METHODS.has(call.method) || Object.hasOwn(IOREDIS_SCAN_STREAMS, call.method)) return undefined;
  const args = Array.from({ length: count }, (_, index) => call.path.get('arguments', index) as ASTPath);
  const last = args[count - 1];
  const facts: ValueFacts = { clientCalls, visiting: new Set() };
  if (isValue(last, facts) || !validWithoutLast(call, args, facts)) return undefined;
  return last;
}
