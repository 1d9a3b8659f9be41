/**
 * Every node path of a parsed file, in source order, from one walk of the tree. The analysis asks for nodes of
 * some twenty kinds; each `root.find(type)` would walk the whole tree again through ast-types' generic visitor,
 * which is where most of a file's analysis time went. The index answers the same questions (same paths, same
 * order, subtypes included) from one walk.
 *
 * The index describes the tree as parsed. While rules rewrite a file it would be stale, so there every query walks
 * the tree afresh (`whileRewriting`), and the index is dropped when the rewrite ends. Two questions are still
 * answered from it during a rewrite: what the source contains (`pathsAsParsed`), and nodes no rule writes while
 * they are still in place (`selectPathsOf`).
 */
import jscodeshift, { type ASTPath, type Collection } from 'jscodeshift';
import type { Type } from 'ast-types/lib/types.js';
import type { ParsedFile } from './parsed-file.js';
import type { NodeLike } from './node.js';

/** The paths of one walk, grouped by node kind, answering each type once. */
class NodeIndex {
  private readonly byKind = new Map<string, ASTPath[]>();
  private readonly answers = new Map<Type<unknown>, ASTPath[]>();

  constructor(private readonly paths: readonly ASTPath[]) {
    for (const path of paths) {
      // `value`, not `node`: ast-types computes `node` with a full type check, and these paths all hold nodes.
      const kind = (path.value as { type: string }).type;
      const group = this.byKind.get(kind);
      if (group) group.push(path);
      else this.byKind.set(kind, [path]);
    }
  }

  /** The paths of nodes of `type` (subtypes included), in walk order; a new array each time. */
  ofType<T>(type: Type<T>): ASTPath<T>[] {
    let answer = this.answers.get(type as Type<unknown>);
    if (!answer) {
      const isOfType = kindTestOf(type as Type<unknown>);
      const kinds = [...this.byKind.keys()].filter(isOfType);
      if (kinds.length <= 1) {
        answer = kinds.length === 0 ? [] : (this.byKind.get(kinds[0]) as ASTPath[]);
      } else {
        const wanted = new Set(kinds);
        answer = this.paths.filter((path) => wanted.has((path.value as { type: string }).type));
      }
      this.answers.set(type as Type<unknown>, answer);
    }
    return answer.slice() as ASTPath<T>[];
  }

  /** The paths of nodes of exactly these kinds (no subtypes), in walk order. */
  ofKinds(kinds: ReadonlySet<string>): ASTPath[] {
    return this.paths.filter((path) => kinds.has((path.value as { type: string }).type));
  }
}

const indexes = new WeakMap<Collection, NodeIndex>();
const beingRewritten = new WeakSet<Collection>();
/** The index of the tree as parsed, kept while a rewrite changes the tree (for `pathsAsParsed`). */
const parsedIndexes = new WeakMap<Collection, NodeIndex>();

function indexOf(file: ParsedFile): NodeIndex {
  let index = indexes.get(file.root);
  if (!index) {
    index = new NodeIndex(pathsBelow(file.root));
    indexes.set(file.root, index);
  }
  return index;
}

const { getFieldNames, namedTypes } = jscodeshift.types;
const kindTests = new WeakMap<Type<unknown>, (kind: string) => boolean>();
const isNodeKind = kindTestOf(namedTypes.Node);
const fieldNamesByKind = new Map<string, readonly string[]>();
const isPlainObject = (value: unknown) => Object.prototype.toString.call(value) === '[object Object]';

/**
 * The paths `root.find(j.Node).paths()` returns, in the same order, without its cost: that goes through a new
 * ast-types PathVisitor per call, whose set-up (a method table over every node type) and per-node dispatch cost
 * several times the walk itself. The walk is the visitor's: the same child fields in the same order, child paths
 * from `path.get`, so that the paths are the ones any later `find` hands out. Unlike the visitor it does not fill
 * in the fields a node lacks with their defaults: looking at a tree does not change it (and leaves recast fewer
 * differences from the original to compare when it reprints).
 */
function pathsBelow(root: Collection): ASTPath[] {
  const found: ASTPath[] = [];
  const visit = (path: ASTPath, isStart: boolean) => {
    const value: unknown = path.value;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) visit(path.get(index), false);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Record<string, unknown> & { type?: unknown };
    const isNode = typeof node.type === 'string';
    if (!isNode && !isPlainObject(value)) return;
    if (isNode && !isStart && isNodeKind(node.type as string)) found.push(path);
    for (const name of fieldNamesOf(node)) {
      const child = node[name];
      if (child !== null && typeof child === 'object') visit(path.get(name), false);
    }
  };
  for (const start of root.paths()) visit(start as ASTPath, true);
  return found;
}

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

/** `type.check({ type: kind })`, remembered per kind: whether nodes of that kind are `type`s. */
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

/** What `file.root.find(type).paths()` returns. */
export function pathsOf<T>(file: ParsedFile, type: Type<T>): ASTPath<T>[] {
  if (!beingRewritten.has(file.root)) return indexOf(file).ofType(type);
  const isOfType = kindTestOf(type as Type<unknown>);
  return pathsBelow(file.root).filter((path) => isOfType((path.value as { type: string }).type)) as ASTPath<T>[];
}

/** The paths of nodes whose kind is one of `kinds` (exact kind names, no subtypes), in walk order: one scan. */
export function pathsOfKinds(file: ParsedFile, kinds: ReadonlySet<string>): ASTPath[] {
  if (!beingRewritten.has(file.root)) return indexOf(file).ofKinds(kinds);
  return pathsBelow(file.root).filter((path) => kinds.has((path.value as { type: string }).type));
}

/** A node met by `forEachNode`, with the nodes above it (arrays of children skipped). */
export type NodeVisitor = (node: NodeLike, parent: NodeLike | undefined, grandparent: NodeLike | undefined) => void;

/**
 * Each node of the tree as it is now, in walk order (the fields `pathsOf` walks), with its parent and grandparent
 * nodes: for a rule that reads the tree without changing it and needs no paths, which cost most of a walk.
 */
export function forEachNode(file: ParsedFile, visit: NodeVisitor): void {
  const walk = (value: unknown, parent: NodeLike | undefined, grandparent: NodeLike | undefined): void => {
    if (Array.isArray(value)) {
      for (const element of value) walk(element, parent, grandparent);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as NodeLike;
    const isNode = typeof node.type === 'string';
    if (!isNode && !isPlainObject(value)) return;
    if (isNode && isNodeKind(node.type)) visit(node, parent, grandparent);
    const [above, aboveThat] = isNode ? [node, parent] : [parent, grandparent];
    for (const name of fieldNamesOf(node)) {
      const child = node[name];
      if (child !== null && typeof child === 'object') walk(child, above, aboveThat);
    }
  };
  const top = file.root.get().node as NodeLike;
  for (const name of fieldNamesOf(top)) walk(top[name], top, undefined);
}

/**
 * The paths of nodes of `type` in the tree as parsed, also while rules rewrite it: for questions about what the
 * source contains (does it name this type anywhere?), answered without walking the changing tree. A rewrite may
 * since have replaced or moved those nodes.
 */
export function pathsAsParsed<T>(file: ParsedFile, type: Type<T>): ASTPath<T>[] {
  return (parsedIndexes.get(file.root) ?? indexOf(file)).ofType(type);
}

/**
 * `pathsOf(file, type).filter(select)`, for a question whose answers rules do not write: nodes a rule adds are not
 * looked for. While rules rewrite the file the answer comes from the tree as parsed when every path picked there
 * is still in place (see `isInPlace`); one a rewrite replaced, removed or moved means a walk of the tree as it is.
 */
export function selectPathsOf<T>(file: ParsedFile, type: Type<T>, select: (path: ASTPath<T>) => boolean): ASTPath<T>[] {
  if (beingRewritten.has(file.root)) {
    const asParsed = pathsAsParsed(file, type).filter(select);
    const top = file.root.paths()[0] as ASTPath;
    if (asParsed.every((path) => isInPlace(path as unknown as ASTPath, top))) return asParsed;
  }
  return pathsOf(file, type).filter(select);
}

/** Whether each ancestor of `path`, up to `top`, still holds the node below it under the same name. */
function isInPlace(path: ASTPath, top: ASTPath): boolean {
  let current = path;
  while (current !== top) {
    const container = current.parentPath as ASTPath | null;
    if (!container || (container.value as unknown as Record<string | number, unknown>)[current.name] !== current.value) return false;
    current = container;
  }
  return true;
}

/**
 * Whether the node `path` held when the file was parsed is still in the tree, under the same parent nodes: no rule
 * replaced or removed it or them. Asked of the nodes themselves, since a rule may have given a parent a new list of
 * children (statements added above), which the paths cached from the parse do not see.
 */
export function isStillInTree(file: ParsedFile, path: ASTPath): boolean {
  const top = (file.root.paths()[0] as ASTPath).node;
  let child = path.node as unknown;
  for (let parent = path.parent as ASTPath | null; parent; parent = parent.parent as ASTPath | null) {
    const fields = Object.values(parent.node as unknown as Record<string, unknown>);
    if (!fields.some((field) => field === child || (Array.isArray(field) && field.includes(child)))) return false;
    if (parent.node === top) return true;
    child = parent.node;
  }
  return child === top;
}

/** Runs a rewrite of `file`: queries meanwhile walk the changing tree, and the index of the old one is dropped. */
export function whileRewriting<T>(file: ParsedFile, rewrite: () => T): T {
  parsedIndexes.set(file.root, indexOf(file));
  indexes.delete(file.root);
  beingRewritten.add(file.root);
  try {
    return rewrite();
  } finally {
    beingRewritten.delete(file.root);
    parsedIndexes.delete(file.root);
    indexes.delete(file.root);
  }
}
