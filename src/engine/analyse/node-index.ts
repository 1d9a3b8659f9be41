/**
 * Every node path of a parsed file, in source order, from one walk of the tree. The analysis asks for nodes of
 * some twenty kinds; each `root.find(type)` would walk the whole tree again through ast-types' generic visitor,
 * which is where most of a file's analysis time went. The index answers the same questions (same paths, same
 * order, subtypes included) from one walk.
 *
 * The index describes the tree as parsed. While rules rewrite a file it would be stale, so there every query walks
 * the tree afresh (`whileRewriting`), and the index is dropped when the rewrite ends.
 */
import jscodeshift, { type ASTPath, type Collection } from 'jscodeshift';
import type { Type } from 'ast-types/lib/types.js';
import type { ParsedFile } from '../parse.js';

const indexes = new WeakMap<Collection, ASTPath[]>();
const beingRewritten = new WeakSet<Collection>();

function allPaths(file: ParsedFile): ASTPath[] {
  let paths = indexes.get(file.root);
  if (!paths) {
    paths = pathsBelow(file.root);
    indexes.set(file.root, paths);
  }
  return paths;
}

const { getFieldNames, getFieldValue, namedTypes } = jscodeshift.types;
const kindTests = new WeakMap<Type<unknown>, (kind: string) => boolean>();
const isNodeKind = kindTestOf(namedTypes.Node);
const fieldNamesByKind = new Map<string, readonly string[]>();
const isPlainObject = (value: unknown) => Object.prototype.toString.call(value) === '[object Object]';

/**
 * The paths `root.find(j.Node).paths()` returns, in the same order, without its cost: that goes through a new
 * ast-types PathVisitor per call, whose set-up (a method table over every node type) and per-node dispatch cost
 * several times the walk itself. The walk is the visitor's: the same child fields in the same order, each missing
 * field filled with its default as the visitor does, child paths from `path.get`, so that the paths are the ones
 * any later `find` hands out.
 */
function pathsBelow(root: Collection): ASTPath[] {
  const found: ASTPath[] = [];
  const visit = (path: ASTPath, isStart: boolean) => {
    const value: unknown = path.value;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(path.get(index), false);
      return;
    }
    if (value === null || typeof value !== 'object' || !isPlainObject(value)) return;
    const node = value as Record<string, unknown> & { type?: unknown };
    if (!isStart && typeof node.type === 'string' && isNodeKind(node.type)) found.push(path);
    const fieldNames = fieldNamesOf(node);
    for (const name of fieldNames) {
      if (!Object.hasOwn(node, name)) node[name] = getFieldValue(node, name);
    }
    for (const name of fieldNames) visit(path.get(name), false);
  };
  for (const start of root.paths()) visit(start as ASTPath, true);
  return found;
}

/** `type.check({ type: kind })`, remembered per kind: whether nodes of that kind are `type`s. */
/** ast-types' `getFieldNames`: a node kind's fields come from its definition, so they are looked up once per kind. */
function fieldNamesOf(node: Record<string, unknown> & { type?: unknown }): readonly string[] {
  if (typeof node.type !== 'string') return getFieldNames(node);
  let names = fieldNamesByKind.get(node.type);
  if (!names) {
    names = getFieldNames(node);
    fieldNamesByKind.set(node.type, names);
  }
  return names;
}

function kindTestOf(type: Type<unknown>): (kind: string) => boolean {
  let test = kindTests.get(type);
  if (test) return test;
  const answers = new Map<string, boolean>();
  test = (kind) => {
    let answer = answers.get(kind);
    if (answer === undefined) {
      answer = type.check({ type: kind });
      answers.set(kind, answer);
    }
    return answer;
  };
  kindTests.set(type, test);
  return test;
}

function ofType<T>(paths: readonly ASTPath[], type: Type<T>): ASTPath<T>[] {
  const isOfType = kindTestOf(type as Type<unknown>);
  return paths.filter((path) => isOfType(path.node.type)) as ASTPath<T>[];
}

/** What `file.root.find(type).paths()` returns. */
export function pathsOf<T>(file: ParsedFile, type: Type<T>): ASTPath<T>[] {
  return ofType(beingRewritten.has(file.root) ? pathsBelow(file.root) : allPaths(file), type);
}

/**
 * One walk of the tree as it is now, for a rule that asks several questions of it without changing its shape in
 * between (flagging only adds comments): `find(type)` answers as `file.root.find(type).paths()` would.
 */
export function walkOnce(file: ParsedFile): <T>(type: Type<T>) => ASTPath<T>[] {
  const paths = pathsBelow(file.root);
  return (type) => ofType(paths, type);
}

/** Runs a rewrite of `file`: queries meanwhile walk the changing tree, and the index of the old one is dropped. */
export function whileRewriting<T>(file: ParsedFile, rewrite: () => T): T {
  indexes.delete(file.root);
  beingRewritten.add(file.root);
  try {
    return rewrite();
  } finally {
    beingRewritten.delete(file.root);
    indexes.delete(file.root);
  }
}
