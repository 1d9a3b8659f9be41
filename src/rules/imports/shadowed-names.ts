/**
 * The migrated code names JavaScript's globals (`String(next)`, `Number(x)`, `Array.from(...)`, a generated
 * `glideConnectionFromUrl` calling `URL`) and the values it imports (`GlideClient`, `Batch`, `Readable`). A program
 * may declare those names itself (`import String from './strings.js'`, its own `class Batch`): the new code would
 * then call the program's value, or the added import would declare the name twice. Once every rule is done, each
 * name the rules wrote is looked up where it stands; if the program's own declaration answers, every client of the
 * file stays as written, and the report names the place. Files that declare none of these names (almost all) pay
 * for one look at the names they declare.
 */
import type { ASTPath } from 'jscodeshift';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { pathsAsParsed } from '../../ast/node-index.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { sourceLinesOf } from '../../ast/position.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { GLIDE_MODULE } from './glide-imports.js';

/** The globals migrated code may call or read. */
const GLOBALS: ReadonlySet<string> = new Set([
  'String', 'Number', 'Boolean', 'Array', 'Object', 'JSON', 'Promise', 'Buffer', 'Math', 'Map', 'Set', 'URL', 'URLSearchParams',
  'Symbol', 'Error', 'TypeError', 'Date', 'parseInt', 'parseFloat', 'isNaN', 'Infinity', 'NaN', 'undefined', 'globalThis',
]);

/** A name that refers to a value where it stands: not a property key, a member's property or a declaration. */
function isReference(path: ASTPath): boolean {
  const parent = path.parent ? nodeOf(path.parent) : undefined;
  if (!parent) return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && parent.property === path.node && !parent.computed) return false;
  if (['ObjectProperty', 'Property', 'ClassProperty', 'ObjectMethod', 'ClassMethod'].includes(parent.type) && parent.key === path.node && !parent.computed) {
    return Boolean(parent.shorthand) && parent.value === path.node;
  }
  return !['ImportSpecifier', 'ImportDefaultSpecifier', 'ImportNamespaceSpecifier', 'TSTypeReference', 'TSQualifiedName', 'LabeledStatement'].includes(parent.type);
}

/** Modules whose names the migrated code imports: a program's own import from one of them is that same value. */
const IMPORTED_FROM: ReadonlySet<string> = new Set([GLIDE_MODULE, 'node:stream', 'stream']);

/** The declaration is the program's own import of the name from GLIDE or Node's stream module. */
function isSameImport(declaration: ASTPath): boolean {
  const specifier = declaration.parent as ASTPath | null;
  const statement = specifier?.parent as ASTPath | null;
  const source = statement && nodeOf(statement).type === 'ImportDeclaration' ? (nodeOf(statement).source as NodeLike).value : undefined;
  return typeof source === 'string' && IMPORTED_FROM.has(source);
}

/** The program's own declarations of `name` in the scope `path` sees it from (its imports of the same value left out). */
function programDeclarations(path: ASTPath, name: string, written: (path: ASTPath) => boolean): ASTPath[] {
  const declarations = (lookupScope(path, name)?.getBindings() as Record<string, ASTPath[]> | undefined)?.[name] ?? [];
  return declarations.filter((declaration) => !written(declaration) && !isSameImport(declaration));
}

/** The names among `candidates` that the program, as parsed, declares somewhere. */
function declaredByProgram(context: RuleContext, candidates: ReadonlySet<string>, written: (path: ASTPath) => boolean): Set<string> {
  const declared = new Set<string>();
  for (const path of pathsAsParsed(context.file, context.j.Identifier)) {
    const name = path.node.name;
    if (candidates.has(name) && !declared.has(name) && programDeclarations(path, name, written).length > 0) declared.add(name);
  }
  return declared;
}

function check(context: RuleContext): void {
  const { j, file } = context;
  // Each name the migrated file imports, with the module it comes from.
  const importedFrom = new Map<string, string>([
    ...[...context.glideExportsInUse].map((name) => [name, GLIDE_MODULE] as const),
    ...[...context.builtinExportsInUse].flatMap(([module, names]) => [...names].map((name) => [name, module] as const)),
  ]);
  const imported = new Set(importedFrom.keys());
  const lines = sourceLinesOf(file.root);
  const written = (path: ASTPath) => (nodeOf(path).loc as { lines?: unknown } | undefined)?.lines !== lines;
  const declared = declaredByProgram(context, new Set([...GLOBALS, ...imported]), written);
  if (declared.size === 0) return;
  const reported = new Set<string>();
  file.root.find(j.Identifier).forEach((path) => {
    const name = path.node.name;
    if (!declared.has(name) || reported.has(name) || !written(path) || !isReference(path)) return;
    const [own] = programDeclarations(path, name, written);
    if (!own) return;
    reported.add(name);
    const what = GLOBALS.has(name) ? `JavaScript's ${name}` : `${name} imported from ${importedFrom.get(name)}`;
    // The report names the program's declaration: the new code has no place in the source.
    context.flag(path, `the migrated code uses ${what}, and this file declares its own ${name} (here) where that code stands; rename the program's ${name} first`, {
      about: own.node,
    });
  });
  // An import the rules add beside the program's own module-scope declaration of that name would declare it twice.
  for (const name of imported) {
    if (!declared.has(name) || reported.has(name)) continue;
    const own = pathsAsParsed(file, j.Identifier).find((path) => path.node.name === name && lookupScope(path, name)?.node.type === 'Program' && programDeclarations(path, name, written).length > 0);
    if (own) context.flag(own, `the migrated file imports ${name}, and this file declares its own ${name}; rename the program's ${name} first`);
  }
}

export const shadowedNames = defineFileRule({
  id: 'shadowed-names',
  phase: 'imports',
  summary: 'A client stays as written where the program declares a global or an imported name that the migrated code uses',
  clients: ['ioredis', 'node-redis'],
  safety: 'flags',
  // After every rule and every wrap: the code they wrote is in place.
  apply: (context) => context.afterRules(() => check(context)),
});
