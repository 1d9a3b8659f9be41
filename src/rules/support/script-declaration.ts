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
  readonly stem: string;
  readonly declaration: unknown;
  /** The declared name and every reference the rules were given: renamed together. */
  readonly identifiers: { name: string }[];
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

function stemOf(hint: string): string {
  const base = /^[A-Za-z_$][\w$]*$/.test(hint) ? hint : 'lua';
  return `${base.replace(/Script$/, '') || 'lua'}Script`;
}

/**
 * Scripts sharing a stem were numbered in the order the rules met them (last call first): renumbered in the order
 * of their declarations, so that `luaScript` comes before `luaScript2` in the file.
 */
function renumber(program: ASTPath, scripts: readonly DeclaredScript[]): void {
  const body = nodeOf(program).body as unknown[];
  const stems = new Set(scripts.map((script) => script.stem));
  for (const stem of stems) {
    const sharing = scripts.filter((script) => script.stem === stem);
    if (sharing.length < 2) continue;
    const names = sharing.map((script) => script.identifiers[0].name).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const inOrder = [...sharing].sort((a, b) => body.indexOf(a.declaration) - body.indexOf(b.declaration));
    inOrder.forEach((script, index) => script.identifiers.forEach((identifier) => (identifier.name = names[index])));
  }
}

function freeName(context: RuleContext, hint: string): string {
  const stem = stemOf(hint);
  const taken = namesInFile(context);
  if (!taken.has(stem)) return stem;
  let index = 2;
  while (taken.has(`${stem}${index}`)) index += 1;
  return `${stem}${index}`;
}

/**
 * The index in the Program body where the declaration goes: before the first statement using it, and before the
 * Scripts already declared right above that statement (for later calls in it, which the rules met first).
 */
function insertionIndex(body: readonly NodeLike[], uses: readonly ASTPath[], code: ScriptCode, ours: ReadonlySet<unknown>): number {
  const places = uses.map((use) => moduleStatementOf(use)).map((statement) => (statement ? body.indexOf(nodeOf(statement)) : 0));
  const before = Math.min(...places.filter((index) => index >= 0));
  const binding = code.kind === 'module-constant' ? body.indexOf(nodeOf(code.statement)) + 1 : 0;
  let index = Math.max(Number.isFinite(before) ? before : 0, binding, 0);
  while (index > binding && ours.has(body[index - 1])) index -= 1;
  return index;
}

/** Whether `node` is a Script declaration this module put in the file. */
export function isDeclaredScript(file: ParsedFile, node: unknown): boolean {
  return [...(declared.get(file)?.values() ?? [])].some((script) => script.declaration === node);
}

function declarationsOf(scripts: ReadonlyMap<string, DeclaredScript>): ReadonlySet<unknown> {
  return new Set([...scripts.values()].map((script) => script.declaration));
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
 * call that runs it, and where it was defined); `hint` names it (`myecho` → `myechoScript`); `comments` (of a
 * definition that is removed) go above it.
 */
export function scriptFor(context: RuleContext, code: ScriptCode, uses: readonly ASTPath[], hint: string, comments?: readonly unknown[]): ExpressionKind {
  const use = uses[0];
  const { j } = context;
  let names = declared.get(context.file);
  const program = context.file.root.get('program') as ASTPath;
  if (!names) {
    const scripts = new Map<string, DeclaredScript>();
    declared.set(context.file, (names = scripts));
    context.afterRules(() => renumber(program, [...scripts.values()]));
  }
  const body = nodeOf(program).body as NodeLike[];
  const known = names.get(keyOf(code));
  if (known) {
    moveBefore(program, known.declaration, insertionIndex(body, uses, code, declarationsOf(names)));
    const reference = j.identifier(known.identifiers[0].name);
    known.identifiers.push(reference);
    return reference;
  }
  const name = freeName(context, camelCase(hint));
  const source = code.kind === 'literal' ? (code.path.node as ExpressionKind) : j.identifier(code.name);
  const declaredName = j.identifier(name);
  const reference = j.identifier(name);
  const declaration = j.variableDeclaration('const', [j.variableDeclarator(declaredName, j.newExpression(j.identifier('Script'), [source]))]);
  // The comments of a definition the rules remove describe the script.
  if (comments && comments.length > 0) (declaration as { comments?: unknown[] }).comments = [...comments];
  // Through the body's path, so that the paths other rules hold to later statements learn their new index.
  (program.get('body') as ASTPath).insertAt(insertionIndex(body, uses, code, declarationsOf(names)), declaration);
  names.set(keyOf(code), { stem: stemOf(camelCase(hint)), declaration, identifiers: [declaredName, reference] });
  context.useGlideExport('Script');
  context.recordEdit(use.node, `new Script(...) created once at module level as ${name}`);
  return reference;
}
