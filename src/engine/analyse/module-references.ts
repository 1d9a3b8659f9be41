/**
 * How a module reaches into other project modules, for the exports the analysis does not follow by name: a
 * namespace import (`import * as db`), the whole module object (`const db = require('./db')`, a default import,
 * `import('./db')`), and re-exports (`export * from './client'`, `export { redis } from './client'`, an import
 * exported again: `import redis from './client'; export { redis }`). The project
 * pass follows re-exports like the module's own exports, and keeps a client reached any other way as written.
 * Named imports and destructured requires are followed by the analysis itself and are not listed.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import { pathsOf } from '../../ast/node-index.js';
import { positionOf } from '../../ast/position.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';

export interface ModuleReference {
  readonly specifier: string;
  readonly line: number;
  readonly column: number;
  /** The export names the analysis follows through this reference (a default import follows `default`). */
  readonly follows: readonly string[];
  /** It also reaches the module's other exports, where the analysis cannot follow them. */
  readonly opaque: boolean;
  /** Re-exports: `all` for `export * from`, else each name as imported and as exported again. */
  readonly reexports?: 'all' | readonly { readonly imported: string; readonly exported: string }[];
}

const nameOf = (node: unknown) => String((node as NodeLike).name ?? (node as NodeLike).value);

export function findModuleReferences(file: ParsedFile): ModuleReference[] {
  const { j } = file;
  const found: ModuleReference[] = [];
  const relative = (value: unknown): value is string => typeof value === 'string' && value.startsWith('.');
  const add = (node: unknown, specifier: string, rest: Omit<ModuleReference, 'specifier' | 'line' | 'column'>) =>
    found.push({ specifier, ...positionOf(node), ...rest });

  pathsOf(file, j.ImportDeclaration).forEach((path) => {
    const specifier = path.node.source.value;
    if (!relative(specifier) || nodeOf(path).importKind === 'type') return;
    for (const entry of path.node.specifiers ?? []) {
      if (entry.type === 'ImportNamespaceSpecifier') add(path.node, specifier, { follows: [], opaque: true });
      // The default of a CommonJS module is its whole exports object, named clients included.
      if (entry.type === 'ImportDefaultSpecifier') add(path.node, specifier, { follows: ['default'], opaque: true });
    }
  });
  pathsOf(file, j.ExportAllDeclaration).forEach((path) => {
    const specifier = path.node.source.value;
    if (!relative(specifier)) return;
    const exported = nodeOf(path).exported;
    add(path.node, specifier, exported ? { follows: [], opaque: true } : { follows: [], opaque: false, reexports: 'all' });
  });
  // `import Mutex from './mutex'; export { Mutex }`: the import exported again is a re-export too.
  const importedNames = new Map<string, { specifier: string; imported: string }>();
  pathsOf(file, j.ImportDeclaration).forEach((path) => {
    const specifier = path.node.source.value;
    if (!relative(specifier) || nodeOf(path).importKind === 'type') return;
    for (const entry of path.node.specifiers ?? []) {
      const local = entry.local?.name;
      if (typeof local !== 'string') continue;
      if (entry.type === 'ImportDefaultSpecifier') importedNames.set(local, { specifier, imported: 'default' });
      if (entry.type === 'ImportSpecifier') importedNames.set(local, { specifier, imported: nameOf(entry.imported) });
    }
  });
  pathsOf(file, j.ExportNamedDeclaration).forEach((path) => {
    const specifier = path.node.source?.value;
    if (specifier === undefined || specifier === null) {
      for (const entry of path.node.specifiers ?? []) {
        const node = entry as unknown as NodeLike;
        const from = importedNames.get(nameOf(node.local ?? node.exported));
        if (from) add(path.node, from.specifier, { follows: [], opaque: false, reexports: [{ imported: from.imported, exported: nameOf(node.exported) }] });
      }
      return;
    }
    if (!relative(specifier)) return;
    const names = (path.node.specifiers ?? []).map((entry) => {
      const node = entry as unknown as NodeLike;
      return { imported: nameOf(node.local ?? node.exported), exported: nameOf(node.exported) };
    });
    add(path.node, specifier, { follows: [], opaque: false, reexports: names });
  });
  pathsOf(file, j.CallExpression).forEach((path) => {
    const callee = path.node.callee as unknown as NodeLike;
    const [argument] = path.node.arguments as unknown as NodeLike[];
    const specifier = argument?.value;
    if (!relative(specifier)) return;
    if (callee.type === 'Import') {
      add(path.node, specifier, { follows: [], opaque: true });
      return;
    }
    if (callee.type !== 'Identifier' || callee.name !== 'require') return;
    const parent = path.parent?.node as NodeLike | undefined;
    const id = parent?.type === 'VariableDeclarator' && parent.init === path.node ? (parent.id as NodeLike) : undefined;
    // A destructured require is followed name by name; a require kept whole is followed as `default` only.
    if (id?.type === 'ObjectPattern') return;
    add(path.node, specifier, { follows: id?.type === 'Identifier' ? ['default'] : [], opaque: true });
  });
  // Parsers that build `import(...)` as its own node rather than a call of `Import`.
  pathsOf(file, j.ImportExpression).forEach((path) => {
    const node = nodeOf(path);
    const specifier = (node.source as NodeLike | undefined)?.value;
    if (relative(specifier)) add(node, specifier, { follows: [], opaque: true });
  });
  return found;
}
