/**
 * Every node path of a parsed file, in source order, from one walk of the tree. The analysis asks for nodes of
 * some twenty kinds; each `root.find(type)` would walk the whole tree again through ast-types' generic visitor,
 * which is where most of a file's analysis time went. The index answers the same questions (same paths, same
 * order, subtypes included) from one walk.
 *
 * The index describes the tree as parsed. While rules rewrite a file it would be stale, so there every query walks
 * the tree afresh (`whileRewriting`), and the index is dropped when the rewrite ends.
 */
import type { ASTPath, Collection } from 'jscodeshift';
import type { Type } from 'ast-types/lib/types.js';
import type { ParsedFile } from '../parse.js';

const indexes = new WeakMap<Collection, ASTPath[]>();
const beingRewritten = new WeakSet<Collection>();

function allPaths(file: ParsedFile): ASTPath[] {
  let paths = indexes.get(file.root);
  if (!paths) {
    paths = file.root.find(file.j.Node).paths() as ASTPath[];
    indexes.set(file.root, paths);
  }
  return paths;
}

function ofType<T>(paths: readonly ASTPath[], type: Type<T>): ASTPath<T>[] {
  const matches = new Map<string, boolean>();
  const isOfType = (kind: string) => {
    let match = matches.get(kind);
    if (match === undefined) {
      match = type.check({ type: kind });
      matches.set(kind, match);
    }
    return match;
  };
  return paths.filter((path) => isOfType(path.node.type)) as ASTPath<T>[];
}

/** What `file.root.find(type).paths()` returns. */
export function pathsOf<T>(file: ParsedFile, type: Type<T>): ASTPath<T>[] {
  if (beingRewritten.has(file.root)) return file.root.find(type as Type<never>).paths() as ASTPath<T>[];
  return ofType(allPaths(file), type);
}

/**
 * One walk of the tree as it is now, for a rule that asks several questions of it without changing its shape in
 * between (flagging only adds comments): `find(type)` answers as `file.root.find(type).paths()` would.
 */
export function walkOnce(file: ParsedFile): <T>(type: Type<T>) => ASTPath<T>[] {
  const paths = file.root.find(file.j.Node).paths() as ASTPath[];
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
