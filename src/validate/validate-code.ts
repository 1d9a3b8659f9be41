/**
 * "Is this GLIDE code right?": type-checks a TypeScript file against the installed GLIDE types, in memory (the
 * file on disk is not read or written; its imports resolve from where it is), and reports the GLIDE pitfalls in
 * TypeScript and JavaScript alike, each with its line, column and rule id. Loads the TypeScript compiler, so it
 * is imported only when asked for.
 */
import path from 'node:path';
import { Node, Project, SyntaxKind, ts, type CallExpression, type SourceFile } from 'ts-morph';
import type { Finding, PitfallContext } from './pitfall.js';
import { PITFALLS } from './registry.js';

export interface ValidationFinding extends Finding {
  readonly file: string;
}

export interface ValidationReport {
  readonly file: string;
  readonly language: 'ts' | 'js';
  readonly findings: readonly ValidationFinding[];
}

export interface ValidateCodeInput {
  /** The file's path: where its imports resolve from, and its language (by extension). */
  readonly file: string;
  readonly text: string;
  /** Paths in the report are relative to it. */
  readonly cwd?: string;
}

const GLIDE_CLIENTS = new Set(['GlideClient', 'GlideClusterClient', 'BaseClient']);
const JAVASCRIPT = /\.(c|m)?jsx?$/;

let shared: Project | undefined;

/** One compiler project for the process: GLIDE's and Node's declarations are read once, whatever the number of files. */
function project(): Project {
  shared ??= new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowJs: true,
      checkJs: false,
      skipLibCheck: true,
      noEmit: true,
      esModuleInterop: true,
      types: ['node'],
    },
  });
  return shared;
}

export function validateCode(input: ValidateCodeInput): ValidationReport {
  const [report] = validateFiles([input]);
  return report;
}

/**
 * Validates several files with one compiler program (the declarations are checked once for all of them). Each
 * file is checked as a module of its own place; they are removed from the project afterwards.
 */
export function validateFiles(inputs: readonly ValidateCodeInput[]): ValidationReport[] {
  const compiler = project();
  const files = inputs.map((input) => {
    const cwd = input.cwd ?? process.cwd();
    const absolute = path.resolve(cwd, input.file);
    const display = path.relative(cwd, absolute).split(path.sep).join('/') || input.file;
    const language: 'ts' | 'js' = JAVASCRIPT.test(absolute) ? 'js' : 'ts';
    return { display, language, sourceFile: compiler.createSourceFile(absolute, input.text, { overwrite: true }) };
  });
  try {
    return files.map(({ display, language, sourceFile }) => ({ file: display, language, findings: findingsOf(compiler, sourceFile, display, language) }));
  } finally {
    for (const { sourceFile } of files) compiler.removeSourceFile(sourceFile);
  }
}

function findingsOf(compiler: Project, sourceFile: SourceFile, display: string, language: 'ts' | 'js'): ValidationFinding[] {
  const position = (node: Node) => sourceFile.getLineAndColumnAtPos(node.getStart());
  const findings: ValidationFinding[] = [];

  if (language === 'ts') {
    const program = compiler.getProgram();
    for (const diagnostic of [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]) {
      if (diagnostic.getCategory() !== ts.DiagnosticCategory.Error) continue;
      const at = sourceFile.getLineAndColumnAtPos(diagnostic.getStart() ?? 0);
      const text = diagnostic.getMessageText();
      const message = typeof text === 'string' ? text : text.getMessageText();
      findings.push({ ruleId: 'type-error', file: display, line: at.line, column: at.column, message: `TS${diagnostic.getCode()}: ${message}` });
    }
  }

  const isGlideClient = (node: Node) => {
    const type = node.getType().getNonNullableType();
    const names = [type, ...type.getUnionTypes()].map((member) => member.getSymbol()?.getName() ?? member.getAliasSymbol()?.getName());
    return names.some((name) => name !== undefined && GLIDE_CLIENTS.has(name));
  };
  const calls = sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression);
  const clientCalls = (method: string): CallExpression[] =>
    calls.filter((call) => {
      const callee = call.getExpression();
      return Node.isPropertyAccessExpression(callee) && (method === '*' || callee.getName() === method) && isGlideClient(callee.getExpression());
    });
  const context: PitfallContext = {
    sourceFile,
    language,
    isGlideClient,
    clientCalls,
    at: (node, message) => ({ ...position(node), message }),
  };
  for (const pitfall of PITFALLS) {
    for (const found of pitfall.find(context)) findings.push({ ruleId: pitfall.id, file: display, ...found });
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}
