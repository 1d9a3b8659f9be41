/**
 * Type-checks migrated files with the TypeScript compiler, so the golden-file harness can prove that the GLIDE code
 * a transform produced compiles against the real `@valkey/valkey-glide` typings, not just that it parses. Settings
 * mirror a modern strict Node ESM app (NodeNext, ES2022, so top-level await is allowed in an ESM package); imports
 * resolve by walking up from each file, which finds this repository's node_modules for anything under it.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Project, ts, type Diagnostic } from 'ts-morph';

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

export function typeCheckFiles(files: readonly string[], options: TypeCheckOptions = {}): TypeDiagnostic[] {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const project = new Project({
    compilerOptions: {
      strict: true,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      skipLibCheck: true,
      types: ['node'],
      typeRoots: TYPE_ROOTS,
      noEmit: true,
    },
    skipAddingFilesFromTsConfig: true,
  });
  const checked = new Set<string>(
    files.map((file) => project.addSourceFileAtPath(path.resolve(cwd, file)).getFilePath()),
  );
  const diagnostics = project.getPreEmitDiagnostics();

  const global = diagnostics.filter((diagnostic) => diagnostic.getSourceFile() === undefined);
  if (global.length > 0) throw new TypeCheckSetupError(global.map(messageOf));

  return diagnostics
    .filter((diagnostic) => checked.has(diagnostic.getSourceFile()?.getFilePath() ?? ''))
    .map((diagnostic) => toTypeDiagnostic(diagnostic, cwd))
    .sort(byLocation);
}

function toTypeDiagnostic(diagnostic: Diagnostic, cwd: string): TypeDiagnostic {
  const sourceFile = diagnostic.getSourceFile();
  const where = sourceFile?.getLineAndColumnAtPos(diagnostic.getStart() ?? 0) ?? { line: 0, column: 0 };
  const absolute = sourceFile?.getFilePath() ?? '';
  return {
    file: path.relative(cwd, absolute).split(path.sep).join('/'),
    line: where.line,
    column: where.column,
    code: diagnostic.getCode(),
    message: messageOf(diagnostic),
  };
}

function messageOf(diagnostic: Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, '\n');
}

function byLocation(a: TypeDiagnostic, b: TypeDiagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.code - b.code;
}
