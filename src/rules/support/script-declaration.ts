/**
 * GLIDE runs Lua through `Script` objects, which keep the code in the client's core until released. The migration
 * creates one per script text, once, at module level (`const releaseScript = new Script(RELEASE_LUA);`), and every
 * call running that text reuses it: a `Script` created per call would never be released. The declaration goes
 * before the first module-level statement that uses it, and after the statement binding a module-level constant
 * that holds the code.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { moduleStatementOf, type ScriptCode } from './script-code.js';

interface DeclaredScript {
  readonly name: string;
  readonly declaration: unknown;
}

/** Per parsed file: script text (or constant name) → its Script's declaration. A file parsed again starts afresh. */
const declared = new WeakMap<ParsedFile, Map<string, DeclaredScript>>();

function keyOf(code: ScriptCode): string {
  return code.kind === 'literal' ? `text:${code.text}` : `name:${code.name}`;
}

function camelCase(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean);
  return words.map((word, index) => (index === 0 ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1).toLowerCase())).join('');
}

function namesInFile(context: RuleContext): Set<string> {
  const names = new Set<string>();
  context.file.root.find(context.j.Identifier).forEach((path) => names.add(path.node.name));
  return names;
}

function freeName(context: RuleContext, hint: string): string {
  const base = /^[A-Za-z_$][\w$]*$/.test(hint) ? hint : 'lua';
  const stem = `${base.replace(/Script$/, '') || 'lua'}Script`;
  const taken = namesInFile(context);
  if (!taken.has(stem)) return stem;
  let index = 2;
  while (taken.has(`${stem}${index}`)) index += 1;
  return `${stem}${index}`;
}

/** The index in the Program body where the declaration goes. */
function insertionIndex(body: readonly NodeLike[], uses: readonly ASTPath[], code: ScriptCode): number {
  const places = uses.map((use) => moduleStatementOf(use)).map((statement) => (statement ? body.indexOf(nodeOf(statement)) : 0));
  const before = Math.min(...places.filter((index) => index >= 0));
  const binding = code.kind === 'module-constant' ? body.indexOf(nodeOf(code.statement)) + 1 : 0;
  return Math.max(Number.isFinite(before) ? before : 0, binding, 0);
}

/**
 * Calls are rewritten last first, so a Script declared for a later use is moved up when an earlier one reuses it:
 * a module-level use before the declaration would throw.
 */
function moveBefore(program: ASTPath, declaration: unknown, index: number): void {
  const body = nodeOf(program).body as unknown[];
  const current = body.indexOf(declaration);
  if (current <= index) return;
  (program.get('body', current) as ASTPath).prune();
  (program.get('body') as ASTPath).insertAt(index, declaration);
}

/**
 * The name of the module-level Script for `code`, declaring it on first use before the earliest of `uses` (the
 * call that runs it, and where it was defined); `hint` names it (`myecho` → `myechoScript`).
 */
export function scriptFor(context: RuleContext, code: ScriptCode, uses: readonly ASTPath[], hint: string): ExpressionKind {
  const use = uses[0];
  const { j } = context;
  let names = declared.get(context.file);
  if (!names) declared.set(context.file, (names = new Map()));
  const program = context.file.root.get('program') as ASTPath;
  const body = nodeOf(program).body as NodeLike[];
  const known = names.get(keyOf(code));
  if (known) {
    moveBefore(program, known.declaration, insertionIndex(body, uses, code));
    return j.identifier(known.name);
  }
  const name = freeName(context, camelCase(hint));
  const source = code.kind === 'literal' ? (code.path.node as ExpressionKind) : j.identifier(code.name);
  const declaration = j.variableDeclaration('const', [j.variableDeclarator(j.identifier(name), j.newExpression(j.identifier('Script'), [source]))]);
  // Through the body's path, so that the paths other rules hold to later statements learn their new index.
  (program.get('body') as ASTPath).insertAt(insertionIndex(body, uses, code), declaration);
  names.set(keyOf(code), { name, declaration });
  context.useGlideExport('Script');
  context.recordEdit(use.node, `new Script(...) created once at module level as ${name}`);
  return j.identifier(name);
}
