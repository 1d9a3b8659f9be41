/**
 * What both jscodeshift transforms do: hand the file to the engine, which picks the parser from the file's
 * extension (so the output is the CLI's, whatever `--parser` says), and answer in jscodeshift's terms: the new
 * source when the file changed, `undefined` when there was nothing to do. A syntax error is thrown with its
 * place, and jscodeshift reports the file as failed. A worker sees one file, so a client shared with other modules
 * is left as written there (the CLI, which sees the project, follows it).
 */
import path from 'node:path';
import type { FileInfo } from 'jscodeshift';
import { createPackageTypeLookup, createSourceVersionLookup, migrateSource } from '../index.js';

// The package.json above each file decides, as in a CLI run, whether its module scope may await.
const packageTypeOf = createPackageTypeLookup();
// The node-redis installed there decides whether the codemod's knowledge of it holds (node-redis 5 and later).
const sourceVersionsOf = createSourceVersionLookup();

export function runTransform(file: FileInfo, library: 'ioredis' | 'node-redis'): string | undefined {
  const packageType = packageTypeOf(path.resolve(file.path));
  const sourceVersions = sourceVersionsOf(path.resolve(file.path));
  const result = migrateSource(file.path, file.source, { library, isolated: true, packageType, sourceVersions });
  for (const entry of result.blockers) {
    process.stderr.write(`${file.path}:${entry.line}:${entry.column}: left as written (${entry.ruleId}): ${entry.message}\n`);
  }
  for (const entry of result.diagnostics) {
    process.stderr.write(`${file.path}:${entry.line}:${entry.column}: TODO(glide-codemod) ${entry.ruleId}: ${entry.message}\n`);
  }
  return result.changed ? result.after : undefined;
}
