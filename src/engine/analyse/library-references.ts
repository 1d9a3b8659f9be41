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
import type { SourceLibrary } from './types.js';

function stringValue(value: unknown): string | undefined {
  const node = value as NodeLike | null | undefined;
  // `import('ioredis')` as a type holds its text as a literal type in newer parsers.
  if (node?.type === 'TSLiteralType') return stringValue(node.literal);
  return node && (node.type === 'StringLiteral' || node.type === 'Literal') && typeof node.value === 'string' ? node.value : undefined;
}

export interface LibraryReference {
  readonly library: SourceLibrary;
  /** The import, export, call or type that names the library. */
  readonly path: ASTPath;
}

export function findLibraryReferences(file: ParsedFile): LibraryReference[] {
  const { j } = file;
  const named: { path: ASTPath; specifier: string | undefined }[] = [];
  pathsOf(file, j.ImportDeclaration).forEach((path) => named.push({ path, specifier: stringValue(path.node.source) }));
  pathsOf(file, j.ExportNamedDeclaration).forEach((path) => named.push({ path, specifier: stringValue(path.node.source) }));
  pathsOf(file, j.ExportAllDeclaration).forEach((path) => named.push({ path, specifier: stringValue(path.node.source) }));
  pathsOf(file, j.CallExpression).forEach((path) => {
    const callee = path.node.callee as NodeLike;
    const isRequire = callee.type === 'Identifier' && callee.name === 'require';
    if (isRequire || callee.type === 'Import') named.push({ path, specifier: stringValue(path.node.arguments[0]) });
  });
  pathsOf(file, j.ImportExpression).forEach((path) => named.push({ path, specifier: stringValue(path.node.source) }));
  pathsOf(file, j.TSExternalModuleReference).forEach((path) => named.push({ path, specifier: stringValue(path.node.expression) }));
  pathsOf(file, j.TSImportType).forEach((path) => named.push({ path, specifier: stringValue(path.node.argument) }));
  return named.flatMap(({ path, specifier }) => {
    const library = specifier === undefined ? undefined : findLibraryFor(specifier);
    return library ? [{ library, path }] : [];
  });
}

/** The libraries of the references no rule has removed (or replaced), once the rules ran. */
export function librariesStillReferenced(file: ParsedFile, references: readonly LibraryReference[]): SourceLibrary[] {
  return [...new Set(references.filter((reference) => isStillInTree(file, reference.path)).map((reference) => reference.library))].sort();
}
