/**
 * Where a script's Lua code comes from, as far as the syntax shows: a literal (a string, or a template without
 * holes), a name bound once at module level (a module-level `const`, or an import), or code computed by a
 * definition that is itself a module-level statement and so runs once (`redis.defineCommand('x', { lua:
 * readFileSync(file) })`). Only such code can become a GLIDE `Script` created once at module level from the same
 * value; code computed where a call stands cannot.
 */
import jscodeshift, { type ASTPath, type JSCodeshift } from 'jscodeshift';
import type { ExpressionKind } from 'ast-types/lib/gen/kinds.js';
import { namesProperty, nodeOf, type NodeLike } from '../../ast/node.js';
import { literalValue } from '../../ast/literal-value.js';
import { lookupScope } from '../../ast/scope-lookup.js';

export type ScriptCode =
  | { readonly kind: 'literal'; readonly text: string; readonly path: ASTPath }
  /**
   * `statement` is the module-level statement that binds the name (an import or a `const` declaration);
   * `property`, where the code is a property of a module-level object nothing writes to (`LUA.release` of
   * `const LUA = { release: readFileSync(...) }`).
   */
  | { readonly kind: 'module-constant'; readonly name: string; readonly property?: string; readonly statement: ASTPath; readonly path: ASTPath }
  /**
   * `path` is the expression computing the code; `statement` the module-level statement defining the script,
   * where the expression is evaluated once: its Script is created in that statement's place, from it.
   */
  | { readonly kind: 'defined-once'; readonly statement: ASTPath; readonly path: ASTPath };

/** The top-level statement holding `path` (a child of the Program), if it is inside one. */
export function moduleStatementOf(path: ASTPath): ASTPath | undefined {
  let current: ASTPath | null = path;
  while (current?.parent && nodeOf(current.parent).type !== 'Program') current = current.parent as ASTPath | null;
  return current?.parent ? current : undefined;
}

function moduleBinding(path: ASTPath, name: string): ASTPath | undefined {
  const scope = lookupScope(path, name);
  if (!scope || !scope.isGlobal) return undefined;
  const declared = (scope.getBindings()[name] as ASTPath[] | undefined) ?? [];
  if (declared.length !== 1) return undefined;
  const statement = moduleStatementOf(declared[0]);
  const node = statement && nodeOf(statement);
  if (node?.type === 'ImportDeclaration') return statement;
  return node?.type === 'VariableDeclaration' && node.kind === 'const' ? statement : undefined;
}

/**
 * The code of a definition whose own statement is a module-level statement of its own
 * (`redis.defineCommand(...);` directly in the module body, so it runs once, when the module loads): a literal or
 * module-level constant as findScriptCode reads it, otherwise whatever expression computes it.
 */
export function findDefinedOnceCode(path: ASTPath | undefined, definition: ASTPath): ScriptCode | undefined {
  const known = findScriptCode(path);
  if (known || !path) return known;
  const statement = definition.parent as ASTPath | null;
  const isOwnStatement = statement?.node.type === 'ExpressionStatement' && (nodeOf(statement) as NodeLike).expression === definition.node;
  if (!isOwnStatement || !statement.parent || nodeOf(statement.parent).type !== 'Program') return undefined;
  return { kind: 'defined-once', statement, path };
}

/** `object` is only ever read a property of (`LUA.release`): nothing assigns to, deletes or calls through it. */
function onlyPropertiesRead(program: ASTPath, object: string, statement: ASTPath): boolean {
  const references = jscodeshift(program).find(jscodeshift.Identifier, { name: object }).paths() as unknown as ASTPath[];
  return references.every((reference) => {
    if (moduleStatementOf(reference) === statement && lookupScope(reference, object)?.isGlobal) return true;
    // `other.LUA`, `{ LUA: 1 }`: a property's name, not the object.
    if (namesProperty(reference)) return true;
    const member = reference.parent as ASTPath;
    const parent = nodeOf(member);
    if (parent.type !== 'MemberExpression' || parent.object !== reference.node) return lookupScope(reference, object)?.isGlobal !== true;
    const outer = member.parent ? nodeOf(member.parent as ASTPath) : undefined;
    const written = (outer?.type === 'AssignmentExpression' && outer.left === member.node) || outer?.type === 'UpdateExpression' || (outer?.type === 'UnaryExpression' && outer.operator === 'delete');
    return !parent.computed && !written && !(outer?.type === 'CallExpression' && outer.callee === member.node);
  });
}

/** `LUA.release` where `const LUA = { release: ... }` is a module-level object nothing writes to. */
function moduleObjectProperty(path: ASTPath, node: NodeLike): ScriptCode | undefined {
  const object = node.object as NodeLike;
  const property = node.property as NodeLike;
  if (node.computed || object.type !== 'Identifier' || property.type !== 'Identifier') return undefined;
  const name = String(object.name);
  const statement = moduleBinding(path, name);
  const declarator = statement && ((nodeOf(statement).declarations ?? []) as NodeLike[]).find((entry) => (entry.id as NodeLike).name === name);
  const init = declarator?.init as NodeLike | undefined;
  if (init?.type !== 'ObjectExpression') return undefined;
  const entries = (init.properties as NodeLike[]).filter((entry) => {
    const plain = entry.type === 'ObjectProperty' || (entry.type === 'Property' && entry.kind === 'init' && !entry.method);
    return plain && !entry.computed && ((entry.key as NodeLike).name ?? (entry.key as NodeLike).value) === property.name;
  });
  const spreads = (init.properties as NodeLike[]).some((entry) => entry.type === 'SpreadElement' || entry.type === 'SpreadProperty');
  const program = statement?.parent as ASTPath | null | undefined;
  if (!statement || !program || entries.length !== 1 || spreads || !onlyPropertiesRead(program, name, statement)) return undefined;
  return { kind: 'module-constant', name, property: String(property.name), statement, path };
}

export function findScriptCode(path: ASTPath | undefined): ScriptCode | undefined {
  if (!path) return undefined;
  const node = nodeOf(path) as NodeLike;
  const text = literalValue(node);
  if (typeof text === 'string') return { kind: 'literal', text, path };
  if (node.type === 'MemberExpression') return moduleObjectProperty(path, node);
  if (node.type !== 'Identifier') return undefined;
  const name = String(node.name);
  const statement = moduleBinding(path, name);
  return statement ? { kind: 'module-constant', name, statement, path } : undefined;
}

/** The expression that reads a module constant's code where a Script is made or a batch sends it. */
export function moduleConstantReference(j: JSCodeshift, code: Extract<ScriptCode, { kind: 'module-constant' }>): ExpressionKind {
  return code.property ? j.memberExpression(j.identifier(code.name), j.identifier(code.property)) : j.identifier(code.name);
}
