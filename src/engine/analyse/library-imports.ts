/**
 * Finds the imports and requires of ioredis and node-redis, and what each local name stands for. Later steps
 * recognise constructions and types only through these names, so a file that never imports a client library is
 * never rewritten, whatever its variables are called.
 */
import type { CallExpression } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { LibraryImport, LibraryImportSite, SourceLibrary } from './types.js';
import { pathsOf } from '../../ast/node-index.js';

const LIBRARY_BY_SPECIFIER: Readonly<Record<string, SourceLibrary>> = {
  ioredis: 'ioredis',
  redis: 'node-redis',
  '@redis/client': 'node-redis',
};

export function findLibraryFor(specifier: string): SourceLibrary | undefined {
  return Object.hasOwn(LIBRARY_BY_SPECIFIER, specifier) ? LIBRARY_BY_SPECIFIER[specifier] : undefined;
}

export const LIBRARY_SPECIFIERS: readonly string[] = Object.keys(LIBRARY_BY_SPECIFIER);

function roleOf(library: SourceLibrary, importedName: string): LibraryImport['role'] {
  if (library === 'ioredis') {
    if (importedName === 'default' || importedName === 'Redis') return 'client-class';
    if (importedName === 'Cluster') return 'cluster-class';
    return 'other';
  }
  if (importedName === 'createClient') return 'factory';
  if (importedName === 'createCluster') return 'cluster-factory';
  if (importedName === 'default') return 'namespace';
  return importedName.endsWith('Type') || importedName.endsWith('Options') ? 'type-only' : 'other';
}

export type { LibraryImportSite };

export function findLibraryImports(file: ParsedFile): LibraryImportSite[] {
  const { j } = file;
  const sites: LibraryImportSite[] = [];

  pathsOf(file, j.ImportDeclaration).forEach((path) => {
    const library = findLibraryFor(String(path.node.source.value));
    if (!library) return;
    for (const specifier of path.node.specifiers ?? []) {
      const localName = specifier.local?.name;
      if (typeof localName !== 'string') continue;
      const importedName =
        specifier.type === 'ImportSpecifier'
          ? String(specifier.imported.name)
          : specifier.type === 'ImportDefaultSpecifier'
            ? 'default'
            : 'default';
      const role = specifier.type === 'ImportNamespaceSpecifier' ? 'namespace' : roleOf(library, importedName);
      // `import type { Redis }` still names the client class, for annotations; it just cannot construct one.
      const typeOnly = path.node.importKind === 'type' || (specifier as { importKind?: string }).importKind === 'type';
      const namesClientClass = role === 'client-class' || role === 'cluster-class';
      sites.push({ import: { library, localName, importedName, role: typeOnly && !namesClientClass ? 'type-only' : role }, path });
    }
  });

  pathsOf(file, j.VariableDeclarator).forEach((path) => {
    const library = requiredLibrary(path.node.init);
    if (!library) return;
    const id = path.node.id;
    if (id.type === 'Identifier') {
      const role = library === 'ioredis' ? 'client-class' : 'namespace';
      sites.push({ import: { library, localName: id.name, importedName: 'default', role }, path });
    } else if (id.type === 'ObjectPattern') {
      for (const property of id.properties) {
        if (property.type !== 'ObjectProperty' && property.type !== 'Property') continue;
        if (property.key.type !== 'Identifier' || property.value.type !== 'Identifier') continue;
        const importedName = property.key.name;
        sites.push({
          import: { library, localName: property.value.name, importedName, role: roleOf(library, importedName) },
          path,
        });
      }
    }
  });
  return sites;
}

/** `require('ioredis')` → `ioredis`; anything else → undefined. */
export function requiredLibrary(node: unknown): SourceLibrary | undefined {
  const call = node as CallExpression | null | undefined;
  if (!call || call.type !== 'CallExpression') return undefined;
  if (call.callee.type !== 'Identifier' || call.callee.name !== 'require') return undefined;
  const [argument] = call.arguments;
  if (!argument || (argument.type !== 'StringLiteral' && argument.type !== 'Literal')) return undefined;
  return findLibraryFor(String((argument as { value: unknown }).value));
}
