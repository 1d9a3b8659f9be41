/**
 * Reads node-redis' script definition `defineScript({ SCRIPT, NUMBER_OF_KEYS, parseCommand })` (v5 / v6; v4's
 * `transformArguments` likewise): its code, its key count, and the words each call sends after it, as a list of
 * what the call's arguments become. node-redis sends `EVALSHA sha NUMBER_OF_KEYS ...words`, the first
 * NUMBER_OF_KEYS words being the keys whichever of `pushKey` and `push` wrote them.
 *
 * Only a body the syntax shows completely is read: `parser.pushKey(x)` / `parser.push(x, ...)` statements (or a
 * returned array), each word a parameter as it is, `x.toString()`, `String(x)`, or a string literal, every parameter
 * used exactly once and in order, so the migrated call evaluates the same arguments in the same order.
 * `transformReply` (which reshapes the reply), a missing NUMBER_OF_KEYS and anything else are reasons to refuse.
 */
import type { ASTPath } from 'jscodeshift';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { findScriptCode, type ScriptCode } from './script-code.js';
import { literalKeyCount } from './script-arguments.js';
import { literalValue } from '../../ast/literal-value.js';

/** A word: parameter `param` of the call (`as-is`, or through `toString()` / `String()`), or a fixed text. */
export type ScriptWord = { readonly param: number; readonly form: 'as-is' | 'toString' | 'String' } | { readonly text: string };

export interface ScriptDefinition {
  /**
   * The reply type a TypeScript definition declares with `transformReply: undefined as unknown as () => T`
   * (node-redis' documented way to type a script's reply without transforming it), as a TypeScript type without
   * node-redis' names (`NumberReply` → `number`); undefined when there is none or it has no such counterpart.
   */
  readonly replyType?: string;
  readonly code: ScriptCode;
  readonly keyCount: number;
  readonly words: readonly ScriptWord[];
  /** How many arguments a call passes. */
  readonly arity: number;
}

const IGNORED = new Set(['IS_READ_ONLY', 'FIRST_KEY_INDEX', 'NOT_KEYED_COMMAND']);

interface Property {
  readonly name: string;
  readonly value: ASTPath;
}

function propertiesOf(object: ASTPath): Property[] | undefined {
  const found: Property[] = [];
  const properties = nodeOf(object).properties as NodeLike[];
  for (let index = 0; index < properties.length; index += 1) {
    const property = properties[index];
    const key = property.key as NodeLike | undefined;
    const name = key?.type === 'Identifier' ? key.name : key?.value;
    if (property.computed || typeof name !== 'string') return undefined;
    const path = object.get('properties', index) as ASTPath;
    if (property.type === 'ObjectMethod') found.push({ name, value: path });
    else if (property.type === 'ObjectProperty' || property.type === 'Property') found.push({ name, value: path.get('value') as ASTPath });
    else return undefined;
  }
  return found;
}

const FUNCTIONS = new Set(['ObjectMethod', 'FunctionExpression', 'ArrowFunctionExpression']);

function parameterNames(fn: NodeLike): string[] | undefined {
  const params = fn.params as NodeLike[];
  return params.every((param) => param.type === 'Identifier') ? params.map((param) => String(param.name)) : undefined;
}

function wordOf(node: NodeLike, params: readonly string[]): ScriptWord | undefined {
  const text = literalValue(node);
  if (typeof text === 'string') return { text };
  if (node.type === 'Identifier') return params.includes(String(node.name)) ? { param: params.indexOf(String(node.name)), form: 'as-is' } : undefined;
  if (node.type !== 'CallExpression') return undefined;
  const callee = node.callee as NodeLike;
  const args = node.arguments as NodeLike[];
  if (callee.type === 'Identifier' && callee.name === 'String' && args.length === 1 && args[0].type === 'Identifier') {
    const param = params.indexOf(String(args[0].name));
    return param >= 0 ? { param, form: 'String' } : undefined;
  }
  const object = callee.type === 'MemberExpression' && !callee.computed ? (callee.object as NodeLike) : undefined;
  if (object?.type === 'Identifier' && (callee.property as NodeLike).name === 'toString' && args.length === 0) {
    const param = params.indexOf(String(object.name));
    return param >= 0 ? { param, form: 'toString' } : undefined;
  }
  return undefined;
}

function wordsOf(nodes: readonly NodeLike[], params: readonly string[]): ScriptWord[] | undefined {
  const words = nodes.map((node) => wordOf(node, params));
  return words.every((word) => word !== undefined) ? (words as ScriptWord[]) : undefined;
}

/** `parseCommand(parser, a, b) { parser.pushKey(a); parser.push(b.toString()); }` */
function parseCommandWords(fn: NodeLike): { words: ScriptWord[]; params: string[] } | undefined {
  const names = parameterNames(fn);
  const body = fn.body as NodeLike;
  if (!names || names.length === 0 || body.type !== 'BlockStatement') return undefined;
  const [parser, ...params] = names;
  const words: ScriptWord[] = [];
  for (const statement of body.body as NodeLike[]) {
    const call = statement.type === 'ExpressionStatement' ? (statement.expression as NodeLike) : undefined;
    const callee = call?.type === 'CallExpression' ? (call.callee as NodeLike) : undefined;
    const method = callee?.type === 'MemberExpression' && !callee.computed && (callee.object as NodeLike).name === parser ? (callee.property as NodeLike).name : undefined;
    if (method !== 'pushKey' && method !== 'push') return undefined;
    const pushed = wordsOf((call as NodeLike).arguments as NodeLike[], params);
    if (!pushed || (method === 'pushKey' && pushed.length !== 1)) return undefined;
    words.push(...pushed);
  }
  return { words, params };
}

/** v4: `transformArguments(a, b) { return [a, b.toString()]; }` or an arrow answering the array. */
function transformArgumentsWords(fn: NodeLike): { words: ScriptWord[]; params: string[] } | undefined {
  const params = parameterNames(fn);
  let body = fn.body as NodeLike;
  if (body.type === 'BlockStatement') {
    const statements = body.body as NodeLike[];
    if (statements.length !== 1 || statements[0].type !== 'ReturnStatement') return undefined;
    body = statements[0].argument as NodeLike;
  }
  if (!params || body?.type !== 'ArrayExpression') return undefined;
  const words = wordsOf(body.elements as NodeLike[], params);
  return words ? { words, params } : undefined;
}

const REPLY_TYPES: Readonly<Record<string, string>> = {
  NumberReply: 'number',
  BlobStringReply: 'string',
  SimpleStringReply: 'string',
  NullReply: 'null',
};

/** The texts of several reply types, or undefined when one of them has no counterpart. */
function replyTypeTexts(types: readonly NodeLike[]): string[] | undefined {
  const parts = types.map(replyTypeText);
  return parts.every((part) => part !== undefined) ? (parts as string[]) : undefined;
}

/** `ArrayReply<T>` (a Lua table, which the script's reply keeps as an array) and tuples `[A, B]` of reply types. */
function arrayReplyTypeText(type: NodeLike): string | undefined {
  if (type.type === 'TSTupleType') {
    const elements = replyTypeTexts(type.elementTypes as NodeLike[]);
    return elements && `[${elements.join(', ')}]`;
  }
  const parameters = (type.typeParameters as NodeLike | undefined)?.params as NodeLike[] | undefined;
  if ((type.typeName as NodeLike | undefined)?.name !== 'ArrayReply' || parameters?.length !== 1) return undefined;
  const element = replyTypeText(parameters[0]);
  return element === undefined ? undefined : `Array<${element}>`;
}

function replyTypeText(type: NodeLike | undefined): string | undefined {
  if (type?.type === 'TSUnionType') return replyTypeTexts(type.types as NodeLike[])?.join(' | ');
  if (type?.type === 'TSTupleType' || (type?.type === 'TSTypeReference' && type.typeParameters)) return arrayReplyTypeText(type);
  const name = type?.type === 'TSTypeReference' ? (type.typeName as NodeLike).name : undefined;
  return typeof name === 'string' ? REPLY_TYPES[name] : undefined;
}

/**
 * `transformReply: undefined as unknown as () => T`: node-redis has no transform to run; `typed` is the declared
 * reply type (see ScriptDefinition.replyType). Any other transformReply reshapes the reply.
 */
function declaredReplyOnly(node: NodeLike): { typed?: string } | undefined {
  let current = node;
  let declared: NodeLike | undefined;
  while (current.type === 'TSAsExpression') {
    declared ??= current.typeAnnotation as NodeLike;
    current = current.expression as NodeLike;
  }
  if (current.type !== 'Identifier' || current.name !== 'undefined') return undefined;
  const returned = declared?.type === 'TSFunctionType' ? ((declared.returnType ?? declared.typeAnnotation) as NodeLike | undefined) : undefined;
  return { typed: replyTypeText((returned?.typeAnnotation as NodeLike | undefined) ?? returned) };
}

/** Every parameter used exactly once, in order: the call's arguments are then evaluated as before. */
function usesParametersInOrder(words: readonly ScriptWord[], count: number): boolean {
  const used = words.flatMap((word) => ('param' in word ? [word.param] : []));
  return used.length === count && used.every((param, index) => param === index);
}

export function readScriptDefinition(object: ASTPath): ScriptDefinition | string {
  const properties = propertiesOf(object);
  if (!properties) return 'its definition is not an object literal the syntax shows';
  let code: ScriptCode | undefined;
  let keyCount: number | undefined;
  let read: { words: ScriptWord[]; params: string[] } | undefined;
  let replyType: string | undefined;
  for (const { name, value } of properties) {
    const node = nodeOf(value);
    if (name === 'SCRIPT') code = findScriptCode(value);
    else if (name === 'NUMBER_OF_KEYS') keyCount = literalKeyCount(value);
    else if ((name === 'parseCommand' || name === 'transformArguments') && FUNCTIONS.has(node.type)) {
      read = name === 'parseCommand' ? parseCommandWords(node) : transformArgumentsWords(node);
      if (!read) return `its ${name} does more than pass its parameters on as words`;
    } else if (name === 'transformReply') {
      const declared = declaredReplyOnly(node);
      if (!declared) return 'its transformReply reshapes the reply';
      replyType = declared.typed;
    }
    else if (!IGNORED.has(name)) return `its property '${name}' is not known`;
  }
  if (!code) return 'its SCRIPT is not a literal or a module-level constant, so a Script cannot be created once for it';
  if (keyCount === undefined) return 'its NUMBER_OF_KEYS is not a number written in the definition';
  if (!read) return 'it has no parseCommand or transformArguments the syntax shows';
  if (!usesParametersInOrder(read.words, read.params.length)) return 'its words do not use each parameter once and in order';
  if (keyCount > read.words.length) return 'it sends fewer words than its NUMBER_OF_KEYS';
  return { code, keyCount, words: read.words, arity: read.params.length, replyType };
}
