/**
 * GLIDE runs Lua through `Script` objects, which keep the code in the client's core until released. The migration
 * creates one per script text, once, at module level (`const releaseScript = new Script(RELEASE_LUA);`), and every
 * call running that text reuses it: a `Script` created per call would never be released. The declaration goes
 * where the code first exists (see insertionIndex), so that no code that runs it can reach it before it is made.
 */
import type { ASTPath } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { moduleConstantReference, type ScriptCode } from './script-code.js';
import { preambleLength } from './preamble.js';
import { enclosingStatement } from '../../ast/todo-comments.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/** Why a call is flagged when `scriptFor` cannot declare a Script. */
export const SCRIPT_CLASH = "the module has a `Script` of its own, which GLIDE's `Script` would clash with";

interface DeclaredScript {
  readonly stem: string;
  readonly declaration: unknown;
  /** The declared name and every reference the rules were given: renamed together. */
  readonly identifiers: { name: string }[];
}

/**
 * Per parsed file: script text (or constant name, or the expression a definition computes it with) → its
 * Script's declaration. A file parsed again starts afresh.
 */
const declared = new WeakMap<ParsedFile, Map<unknown, DeclaredScript>>();

function keyOf(code: ScriptCode): unknown {
  if (code.kind === 'literal') return `text:${code.text}`;
  return code.kind === 'module-constant' ? `name:${code.name}.${code.property ?? ''}` : code.path.node;
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

/** `Logger.setLoggerConfig('off')`, which the construction rule puts right after the preamble. */
function isLoggerSwitch(node: NodeLike | undefined): boolean {
  const call = node?.type === 'ExpressionStatement' ? (node.expression as NodeLike) : undefined;
  const callee = call?.type === 'CallExpression' ? (call.callee as NodeLike) : undefined;
  return callee?.type === 'MemberExpression' && (callee.object as NodeLike).name === 'Logger';
}

/**
 * The index in the Program body where the declaration goes. It must run before any code that can reach a use,
 * and a hoisted function can be called from anywhere in the module, so the place is where the code first exists:
 * right after the statement binding a module-level constant (the original reads the constant there too), or, for
 * a literal, after the preamble (imports, requires, the logger switch). A definition that is itself a module-level
 * statement (`redis.defineCommand(...)`, removed) runs before any call of its command can succeed, so its Script
 * takes its place; code that definition computes is computed there, where the original computed it. Scripts
 * already declared at that place (for later calls, which the rules met first) end up after the new one, in the
 * order of their calls.
 */
function insertionIndex(body: readonly NodeLike[], code: ScriptCode, definition: ASTPath | undefined, ours: ReadonlySet<unknown>): number {
  let index = preambleLength(body);
  while (isLoggerSwitch(body[index])) index += 1;
  if (code.kind === 'module-constant') index = body.indexOf(nodeOf(code.statement)) + 1;
  if (code.kind === 'defined-once') index = 0;
  const statement = code.kind === 'defined-once' ? code.statement : definition ? enclosingStatement(definition) : undefined;
  if (!statement?.parent || nodeOf(statement.parent).type !== 'Program') return index;
  const earliest = index;
  index = Math.max(index, body.indexOf(nodeOf(statement)));
  // Above the Scripts already placed over the same definition statement (a scripts option's later entries).
  while (index > earliest && ours.has(body[index - 1])) index -= 1;
  return index;
}

/** Whether `node` is a Script declaration this module put in the file. */
export function isDeclaredScript(file: ParsedFile, node: unknown): boolean {
  return [...(declared.get(file)?.values() ?? [])].some((script) => script.declaration === node);
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

/** Whether `Script` names something of the program's own where the call or the module would read it. */
function scriptNameTaken(program: ASTPath, use: ASTPath): boolean {
  const scopes = [lookupScope(use, 'Script'), lookupScope(program, 'Script')].filter(Boolean) as { getBindings(): Record<string, ASTPath[]> }[];
  return scopes.some((scope) =>
    (scope.getBindings().Script ?? []).some((binding) => {
      const declaration = binding.parent?.parent?.node as NodeLike | undefined;
      return !(declaration?.type === 'ImportDeclaration' && (declaration.source as NodeLike).value === '@valkey/valkey-glide');
    }),
  );
}

/**
 * The name of the module-level Script for `code`, declaring it on first use (see insertionIndex); `use` is the
 * call that runs it, `definition` where the program defined the script (defineCommand, a scripts option); `hint`
 * names it (`myecho` → `myechoScript`); `comments` (of a definition that is removed) go above it. Undefined when
 * the program has a `Script` of its own, which GLIDE's would clash with.
 */
export function scriptFor(context: RuleContext, code: ScriptCode, use: ASTPath, hint: string, options: { definition?: ASTPath; comments?: readonly unknown[] } = {}): ExpressionKind | undefined {
  const { definition, comments } = options;
  const { j } = context;
  let names = declared.get(context.file);
  const program = context.file.root.get('program') as ASTPath;
  if (scriptNameTaken(program, use)) return undefined;
  if (!names) {
    const scripts = new Map<unknown, DeclaredScript>();
    declared.set(context.file, (names = scripts));
    context.afterRules(() => renumber(program, [...scripts.values()]));
  }
  const body = nodeOf(program).body as NodeLike[];
  const known = names.get(keyOf(code));
  if (known) {
    moveBefore(program, known.declaration, insertionIndex(body, code, definition, new Set([...names.values()].map((script) => script.declaration))));
    const reference = j.identifier(known.identifiers[0].name);
    known.identifiers.push(reference);
    return reference;
  }
  const name = freeName(context, camelCase(hint));
  const source = code.kind === 'module-constant' ? moduleConstantReference(j, code) : (code.path.node as ExpressionKind);
  const declaredName = j.identifier(name);
  const reference = j.identifier(name);
  const declaration = j.variableDeclaration('const', [j.variableDeclarator(declaredName, j.newExpression(j.identifier('Script'), [source]))]);
  // The comments of a definition the rules remove describe the script.
  if (comments && comments.length > 0) (declaration as { comments?: unknown[] }).comments = [...comments];
  // Through the body's path, so that the paths other rules hold to later statements learn their new index.
  (program.get('body') as ASTPath).insertAt(insertionIndex(body, code, definition, new Set([...names.values()].map((script) => script.declaration))), declaration);
  names.set(keyOf(code), { stem: stemOf(camelCase(hint)), declaration, identifiers: [declaredName, reference] });
  context.useGlideExport('Script');
  context.recordEdit(use.node, `new Script(...) created once at module level as ${name}`);
  return reference;
}
