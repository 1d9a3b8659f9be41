/**
 * The source libraries a file names as modules: imports, re-exports, `require(...)`, `import(...)`, TypeScript's
 * `import x = require(...)` and `import('...')` types, in whatever expression they stand
 * (`isTest() ? require('ioredis-mock') : require('ioredis')`). Found as parsed, and looked at again once the rules
 * ran: the ones still in place say which libraries the program still needs, including for code the codemod did not
 * recognise as a client (rules only remove such references, never add them).
 */
import type { ASTPath } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { isStillInTree, pathsOf } from '../../ast/node-index.js';
import type { NodeLike } from '../../ast/node.js';
import { findLibraryFor } from './library-imports.js';
import { literalValue } from '../../ast/literal-value.js';
import type { SourceLibrary } from './types.js';

function stringValue(value: unknown): string | undefined {
  const node = value as NodeLike | null | undefined;
  if (!node) return undefined;
  // `import('ioredis')` as a type holds its text as a literal type in newer parsers.
  const literal = literalValue(node.type === 'TSLiteralType' ? node.literal : node);
  return typeof literal === 'string' ? literal : undefined;
}

export interface LibraryReference {
  readonly library: SourceLibrary;
  /** The import, export, call or type that names the library. */
  readonly path: ASTPath;
}

/** The module a node names, for the kinds that name one. */
function specifierOf(node: NodeLike): string | undefined {
  switch (node.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
    case 'ImportExpression':
      return stringValue(node.source);
    case 'CallExpression': {
      const callee = node.callee as NodeLike;
      const isRequire = callee.type === 'Identifier' && callee.name === 'require';
      return isRequire || callee.type === 'Import' ? stringValue((node.arguments as unknown[])[0]) : undefined;
    }
    case 'TSExternalModuleReference':
      return stringValue(node.expression);
    case 'TSImportType':
      return stringValue(node.argument);
    default:
      return undefined;
  }
}

const libraryNamedBy = (node: NodeLike) => {
  const specifier = specifierOf(node);
  return specifier === undefined ? undefined : findLibraryFor(specifier);
};

export function findLibraryReferences(file: ParsedFile): LibraryReference[] {
  const { j } = file;
  const candidates = [
    ...pathsOf(file, j.ImportDeclaration),
    ...pathsOf(file, j.ExportNamedDeclaration),
    ...pathsOf(file, j.ExportAllDeclaration),
    ...pathsOf(file, j.CallExpression),
    ...pathsOf(file, j.ImportExpression),
    ...pathsOf(file, j.TSExternalModuleReference),
    ...pathsOf(file, j.TSImportType),
  ] as ASTPath[];
  return candidates.flatMap((path) => {
    const library = libraryNamedBy(path.node as unknown as NodeLike);
    return library ? [{ library, path }] : [];
  });
}

/**
 * The libraries the references still name once the rules ran: a reference no rule removed or replaced, and whose
 * module is still the library (a rule may have turned the import itself into GLIDE's).
 */
export function librariesStillReferenced(file: ParsedFile, references: readonly LibraryReference[]): SourceLibrary[] {
  const libraries = references.flatMap((reference) => {
    const library = isStillInTree(file, reference.path) ? libraryNamedBy(reference.path.node as unknown as NodeLike) : undefined;
    return library ? [library] : [];
  });
  return [...new Set(libraries)].sort();
}
