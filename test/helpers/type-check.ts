/**
 * Type-checks migrated files with the TypeScript compiler, so the golden-file harness can prove that the GLIDE code
 * a transform produced compiles against the real `@valkey/valkey-glide` typings, not just that it parses. Settings
 * mirror a modern strict Node ESM app (NodeNext, ES2022, so top-level await is allowed in an ESM package); imports
 * resolve by walking up from each file, which finds this repository's node_modules for anything under it.
 *
 * It drives the repository's own `typescript` (the compiler `npm run typecheck` uses) with `ts.createProgram`, not a
 * ts-morph `Project`: a Project parses files without `impliedNodeFormat` (dsherret/ts-morph#1446, #1667), so under
 * NodeNext no file gets its ESM/CommonJS format from package.json and, say, top-level await in a CommonJS file would
 * pass. ts-morph's bundled compiler cannot simply be used instead: its lib .d.ts files are not on disk.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

export interface TypeDiagnostic {
  /** Relative to `cwd`, with `/` separators, so that expected diagnostics do not depend on the checkout's path. */
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  readonly code: number;
  readonly message: string;
}

export interface TypeCheckOptions {
  /** Base for relative `files` and for the reported paths; default `process.cwd()`. */
  readonly cwd?: string;
}

/**
 * A diagnostic attached to no file (a bad compiler option, missing `@types/node`) means the check itself is broken;
 * reporting it as a finding about the migrated code would be wrong, and dropping it would hide real errors.
 */
export class TypeCheckSetupError extends Error {
  constructor(messages: readonly string[]) {
    super(`the type check could not be set up:\n${messages.join('\n')}`);
    this.name = 'TypeCheckSetupError';
  }
}

// `types: ['node']` is looked up from the compiler's current directory, which need not be this repository when a
// fixture is checked from elsewhere; pointing typeRoots at the @types that ship with these helpers pins it.
const TYPE_ROOTS = [path.dirname(path.dirname(createRequire(import.meta.url).resolve('@types/node/package.json')))];

const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  skipLibCheck: true,
  types: ['node'],
  typeRoots: TYPE_ROOTS,
  noEmit: true,
};

// Parsing the standard library, @types/node and the client typings is most of the cost of a check, and none of them
// change during a test run, so the host keeps their parsed form; files outside node_modules are always read afresh.
const compilerHost = createCachingHost();

function createCachingHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    if (!fileName.split(/[\\/]/).includes('node_modules')) {
      return readSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
    }
    // The same .d.ts can be parsed as ESM or CommonJS depending on who imports it, so the format is part of the key.
    const format = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions.impliedNodeFormat : undefined;
    const key = `${format ?? '-'}:${fileName}`;
    if (!parsed.has(key)) parsed.set(key, readSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate));
    return parsed.get(key);
  };
  return host;
}

export function typeCheckFiles(files: readonly string[], options: TypeCheckOptions = {}): TypeDiagnostic[] {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const rootNames = files.map((file) => path.resolve(cwd, file));
  const program = ts.createProgram({ rootNames, options: COMPILER_OPTIONS, host: compilerHost });
  const diagnostics = ts.getPreEmitDiagnostics(program);

  const global = diagnostics.filter((diagnostic) => diagnostic.file === undefined);
  if (global.length > 0) throw new TypeCheckSetupError(global.map(messageOf));

  // Compared as the compiler's own normalised paths, which use `/` even on Windows.
  const checked = new Set(rootNames.map((file) => program.getSourceFile(file)?.fileName));
  return diagnostics
    .filter((diagnostic) => checked.has(diagnostic.file?.fileName))
    .map((diagnostic) => toTypeDiagnostic(diagnostic, cwd))
    .sort(byLocation);
}

function toTypeDiagnostic(diagnostic: ts.Diagnostic, cwd: string): TypeDiagnostic {
  const file = diagnostic.file;
  const where = file ? ts.getLineAndCharacterOfPosition(file, diagnostic.start ?? 0) : { line: -1, character: -1 };
  return {
    file: path.relative(cwd, path.resolve(file?.fileName ?? '')).split(path.sep).join('/'),
    line: where.line + 1,
    column: where.character + 1,
    code: diagnostic.code,
    message: messageOf(diagnostic),
  };
}

function messageOf(diagnostic: ts.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
}

function byLocation(a: TypeDiagnostic, b: TypeDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.code - b.code;
}
