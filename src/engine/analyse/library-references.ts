/**
 * The source libraries a file names as modules: imports, re-exports, `require(...)`, `import(...)`, TypeScript's
 * `import x = require(...)` and `import('...')` types, in whatever expression they stand
 * (`isTest() ? require('ioredis-mock') : require('ioredis')`). Read from the tree after the migration, it says
 * which libraries the program still needs, including for code the codemod did not recognise as a client.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import { pathsOf } from '../../ast/node-index.js';
import type { NodeLike } from '../../ast/node.js';
import { findLibraryFor } from './library-imports.js';
import type { SourceLibrary } from './types.js';

function stringValue(value: unknown): string | undefined {
  const node = value as NodeLike | null | undefined;
  // `import('ioredis')` as a type holds its text as a literal type in newer parsers.
  if (node?.type === 'TSLiteralType') return stringValue(node.literal);
  return node && (node.type === 'StringLiteral' || node.type === 'Literal') && typeof node.value === 'string' ? node.value : undefined;
}

export function findReferencedLibraries(file: ParsedFile): SourceLibrary[] {
  const { j } = file;
  const specifiers: (string | undefined)[] = [];
  pathsOf(file, j.ImportDeclaration).forEach((path) => specifiers.push(stringValue(path.node.source)));
  pathsOf(file, j.ExportNamedDeclaration).forEach((path) => specifiers.push(stringValue(path.node.source)));
  pathsOf(file, j.ExportAllDeclaration).forEach((path) => specifiers.push(stringValue(path.node.source)));
  pathsOf(file, j.CallExpression).forEach((path) => {
    const callee = path.node.callee as NodeLike;
    const isRequire = callee.type === 'Identifier' && callee.name === 'require';
    if (isRequire || callee.type === 'Import') specifiers.push(stringValue(path.node.arguments[0]));
  });
  pathsOf(file, j.ImportExpression).forEach((path) => specifiers.push(stringValue(path.node.source)));
  pathsOf(file, j.TSExternalModuleReference).forEach((path) => specifiers.push(stringValue(path.node.expression)));
  pathsOf(file, j.TSImportType).forEach((path) => specifiers.push(stringValue(path.node.argument)));
  const libraries = new Set<SourceLibrary>();
  for (const specifier of specifiers) {
    const library = specifier === undefined ? undefined : findLibraryFor(specifier);
    if (library) libraries.add(library);
  }
  return [...libraries].sort();
}
