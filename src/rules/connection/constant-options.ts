/**
 * The arguments of a client construction as the settings readers can take them. An options object held in a
 * name (`const opts = { host, port }; new Redis(opts)`, or a `let` never reassigned) is read from the object literal the name is
 * initialised with, when nothing else can change it: every other use of the name only reads a property that is
 * not itself an object, or is another construction's argument. Its values are then read from the object where
 * the client is created (`opts.host`), so they are the values the source client read, whatever happened to the
 * variables the literal was built from; literals are copied, so the readers still see them. An ioredis argument
 * the syntax does not show to be an object, a string or a number (`new Redis(config.redis)`) could be either an
 * options object or a URL, which ioredis tells apart at run time; it is refused rather than guessed.
 */
import type { ASTPath, JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ClientConstruction } from '../../engine/analyse/types.js';
import { literalValue, type LiteralValue } from '../../ast/literal-value.js';
import { shapeOfValue } from '../support/value-shape.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';

export type ConstructionArguments = { readonly args: ExpressionKind[]; readonly problem?: undefined } | { readonly problem: string };

const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression']);

function unwrapped(node: NodeLike | null | undefined): NodeLike | null | undefined {
  let current = node;
  while (current && WRAPPERS.has(current.type)) current = current.expression as NodeLike;
  return current;
}

/**
 * The `const name = { ... }` (or `let`: every other use is checked to be a read, so it is never reassigned, and a
 * `let` is initialised before any use) declarator `path`'s name refers to, if that is what it is.
 */
function constantObjectDeclarator(path: ASTPath): { id: ASTPath; object: NodeLike; typed: boolean } | undefined {
  const name = String(nodeOf(path).name);
  const declared = lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined;
  if (declared?.length !== 1) return undefined;
  const [id] = declared;
  const declarator = id.parent?.node as NodeLike | undefined;
  const declaration = id.parent?.parent?.node as NodeLike | undefined;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id !== id.node || (declaration?.kind !== 'const' && declaration?.kind !== 'let')) return undefined;
  const object = unwrapped(declarator.init as NodeLike | null);
  if (object?.type !== 'ObjectExpression') return undefined;
  // A declared type (`const opts: RedisOptions`, `{...} as RedisOptions`) makes each property optional to the
  // type-checker, which GLIDE's configuration then refuses; only the literal's own type says what it holds.
  const typed = Boolean(nodeOf(id).typeAnnotation) || (declarator.init as NodeLike).type === 'TSAsExpression';
  return { id, object, typed };
}

function propertyName(property: NodeLike): string | undefined {
  if ((property.type !== 'ObjectProperty' && property.type !== 'Property') || property.computed) return undefined;
  const key = property.key as NodeLike;
  const name = key.type === 'Identifier' ? key.name : key.value;
  return typeof name === 'string' ? name : undefined;
}

/** The value the literal gives `names` (`socket.host`), or undefined where it gives none. */
function valueAt(object: NodeLike, names: readonly string[]): NodeLike | undefined {
  let current: NodeLike | undefined = object;
  for (const name of names) {
    if (current?.type !== 'ObjectExpression') return undefined;
    const property: NodeLike | undefined = (current.properties as NodeLike[]).find((candidate) => propertyName(candidate) === name);
    current = property ? unwrapped(property.value as NodeLike) ?? undefined : undefined;
  }
  return current;
}

/** A use of the name that cannot change the object or hand it (or an object inside it) on. */
function isPlainRead(reference: ASTPath, object: NodeLike, constructionArguments: ReadonlySet<unknown>): boolean {
  if (constructionArguments.has(reference.node)) return true;
  const names: string[] = [];
  let outer = reference;
  while (outer.parent?.node.type === 'MemberExpression' && nodeOf(outer.parent).object === outer.node) {
    const member = nodeOf(outer.parent);
    const property = member.property as NodeLike;
    if (member.computed || property.type !== 'Identifier') return false;
    names.push(String(property.name));
    outer = outer.parent as ASTPath;
  }
  if (names.length === 0) return false;
  const parent = outer.parent?.node as NodeLike | undefined;
  if (parent?.type === 'AssignmentExpression' && parent.left === outer.node) return false;
  if (parent?.type === 'UpdateExpression') return false;
  if (parent?.type === 'UnaryExpression' && parent.operator === 'delete') return false;
  if ((parent?.type === 'CallExpression' || parent?.type === 'NewExpression') && parent.callee === outer.node) return false;
  const value = valueAt(object, names);
  return value?.type !== 'ObjectExpression' && value?.type !== 'ArrayExpression';
}

function nameIsOnlyRead(j: JSCodeshift, id: ASTPath, object: NodeLike, constructionArguments: ReadonlySet<unknown>): boolean {
  const name = String(nodeOf(id).name);
  const declaringScope = lookupScope(id, name);
  const program = declaringScope?.path as ASTPath;
  const references = j(program)
    .find(j.Identifier, { name })
    .filter((path) => path.node !== id.node && lookupScope(path, name) === declaringScope)
    .filter((path) => {
      const parent = path.parent?.node as NodeLike;
      // A property key or a member's property name is not a reference to the variable.
      if (parent.type === 'MemberExpression' && parent.property === path.node && !parent.computed) return false;
      return !((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === path.node && !parent.shorthand);
    });
  return references.paths().every((path) => isPlainRead(path as unknown as ASTPath, object, constructionArguments));
}

/** A fresh literal of the same value (the readers look at literals; the source's node stays where it is). */
function literalOf(j: JSCodeshift, value: LiteralValue): ExpressionKind {
  if (value === null) return j.nullLiteral();
  if (typeof value === 'string') return j.stringLiteral(value);
  if (typeof value === 'boolean') return j.booleanLiteral(value);
  return value < 0 ? j.unaryExpression('-', j.numericLiteral(-value)) : j.numericLiteral(value);
}

/** `{ host: opts.host, port: 6379, socket: { tls: opts.socket.tls } }`: the literal, read where the client is made. */
function readThrough(j: JSCodeshift, object: NodeLike, base: ExpressionKind): ExpressionKind | undefined {
  const properties = [];
  for (const property of object.properties as NodeLike[]) {
    const name = propertyName(property);
    if (name === undefined) return undefined;
    const value = unwrapped(property.value as NodeLike) as NodeLike;
    const member = /^[A-Za-z_$][\w$]*$/.test(name)
      ? j.memberExpression(base, j.identifier(name))
      : j.memberExpression(base, j.stringLiteral(name), true);
    let read: ExpressionKind | undefined;
    if (value.type === 'ObjectExpression') read = readThrough(j, value, member);
    else read = literalValue(value) !== undefined ? literalOf(j, literalValue(value) as LiteralValue) : member;
    if (!read) return undefined;
    properties.push(j.objectProperty(j.identifier(name), read));
  }
  return j.objectExpression(properties);
}

function isProcessEnv(node: NodeLike): boolean {
  const object = node.type === 'MemberExpression' ? (node.object as NodeLike) : undefined;
  return (
    object?.type === 'MemberExpression' &&
    (object.object as NodeLike).type === 'Identifier' &&
    (object.object as NodeLike).name === 'process' &&
    (object.property as NodeLike).name === 'env'
  );
}

/** The syntax shows a string or a number (or nothing at all): a port, a host or a URL, never options. */
function isTextOrNumber(path: ASTPath): boolean {
  const node = nodeOf(path);
  if (literalValue(node) !== undefined || isProcessEnv(node) || shapeOfValue(path) === 'string' || shapeOfValue(path) === 'number') return true;
  if (node.type === 'Identifier' && node.name === 'undefined') return true;
  // `process.env.REDIS_URL as string`, `url!`: what the cast says, or what its operand shows.
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') {
    const type = (node.typeAnnotation as NodeLike).type;
    return type === 'TSStringKeyword' || type === 'TSNumberKeyword' || isTextOrNumber(path.get('expression') as ASTPath);
  }
  if (node.type === 'TSNonNullExpression') return isTextOrNumber(path.get('expression') as ASTPath);
  if (node.type === 'LogicalExpression') return isTextOrNumber(path.get('left') as ASTPath) && isTextOrNumber(path.get('right') as ASTPath);
  if (node.type === 'ConditionalExpression') {
    return isTextOrNumber(path.get('consequent') as ASTPath) && isTextOrNumber(path.get('alternate') as ASTPath);
  }
  if (node.type === 'Identifier') {
    const name = String(node.name);
    const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined) ?? [];
    const declarator = declared.length === 1 ? (declared[0].parent as ASTPath | null) : null;
    const declaration = declarator?.parent?.node as NodeLike | undefined;
    const isConstant = declarator?.node.type === 'VariableDeclarator' && declaration?.kind === 'const';
    return isConstant && Boolean(nodeOf(declarator).init) && isTextOrNumber(declarator.get('init') as ASTPath);
  }
  return false;
}

export function constructionArguments(j: JSCodeshift, construction: ClientConstruction, all: readonly ClientConstruction[]): ConstructionArguments {
  const count = construction.path.node.arguments.length;
  const paths = Array.from({ length: count }, (_, index) => construction.path.get('arguments', index) as ASTPath);
  const others = new Set<unknown>(all.flatMap((entry) => entry.path.node.arguments));
  const args: ExpressionKind[] = [];
  for (const path of paths) {
    const node = nodeOf(path);
    const held = node.type === 'Identifier' ? constantObjectDeclarator(path) : undefined;
    if (held?.typed) return { problem: `options held in \`${String(node.name)}\`, declared with a type that makes its settings optional (write them in the call, or drop the type)` };
    if (held) {
      const read = nameIsOnlyRead(j, held.id, held.object, others) ? readThrough(j, held.object, node as unknown as ExpressionKind) : undefined;
      if (!read) return { problem: `options held in \`${String(node.name)}\`, an object that is changed, handed on or not a plain literal` };
      args.push(read);
      continue;
    }
    if (construction.library === 'ioredis' && node.type !== 'ObjectExpression' && !isTextOrNumber(path)) {
      return { problem: 'an argument that may be an options object or a URL (ioredis tells them apart at run time)' };
    }
    args.push(node as unknown as ExpressionKind);
  }
  return { args };
}
