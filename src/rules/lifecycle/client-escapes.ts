/**
 * A migrated client that leaves the code the codemod follows: handed to a library (`new Queue(name, { connection:
 * redis })`), stored in a structure, returned, aliased, or read for a property GLIDE does not have
 * (`redis.status`). Whoever receives it still expects the source client's API, which a GLIDE client does not
 * offer, so each such place is flagged. Passing it to a function of the project (same file or an imported
 * module) is followed by the analysis and is not flagged, nor is exporting it.
 */
import type { ASTPath } from 'jscodeshift';
import { insideClientCasts, outsideClientCasts } from '../../engine/analyse/client-casts.js';
import { literalValue } from '../../ast/literal-value.js';
import { findReferencedBinding } from '../../engine/analyse/client-calls.js';
import { functionOfName } from '../../engine/analyse/client-flow.js';
import { constructionValuePath } from '../../engine/analyse/client-bindings.js';
import type { ClientBinding } from '../../engine/analyse/types.js';
import { selectPathsOf } from '../../ast/node-index.js';
import { defineFileRule, type RuleContext } from '../../engine/rewrite/rule.js';
import { nodeOf, isThisProperty, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';

/** Names bound by relative imports or requires: functions of the project that the analysis follows into. */
function projectImportNames(context: RuleContext): Set<string> {
  const { file, j } = context;
  const names = new Set<string>();
  // Rules write no relative imports or requires: the ones the source has are all there are.
  const relativeImports = selectPathsOf(file, j.ImportDeclaration, (path) => String(path.node.source.value).startsWith('.'));
  for (const path of relativeImports) {
    for (const entry of path.node.specifiers ?? []) if (typeof entry.local?.name === 'string') names.add(entry.local.name);
  }
  const relativeRequires = selectPathsOf(file, j.VariableDeclarator, (path) => {
    const init = path.node.init as unknown as NodeLike | null;
    const [argument] = ((init?.arguments ?? []) as NodeLike[]);
    return (init?.callee as NodeLike | undefined)?.name === 'require' && String(argument?.value ?? '').startsWith('.');
  });
  for (const path of relativeRequires) {
    const id = path.node.id as unknown as NodeLike;
    if (id.type === 'Identifier') names.add(String(id.name));
    for (const property of (id.properties ?? []) as NodeLike[]) names.add(String((property.value as NodeLike)?.name));
  }
  return names;
}

/**
 * A function or class declared in this file, which the analysis follows clients into. A name imported from a
 * package is declared at module scope too, but its code is not followed.
 */
function isLocalFunction(path: ASTPath, name: string): boolean {
  if (functionOfName(path, name)) return true;
  // A class without a constructor is still the file's own code.
  const declared = (lookupScope(path, name)?.getBindings()[name] as ASTPath[] | undefined)?.[0];
  return declared?.parent?.node.type === 'ClassDeclaration';
}

function isExported(path: ASTPath): boolean {
  for (let current: ASTPath | null = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    const node = nodeOf(current);
    if (node.type.startsWith('Export')) return true;
    if (node.type === 'AssignmentExpression') {
      const left = node.left as NodeLike;
      const object = left.object as NodeLike | undefined;
      return (object?.name === 'module' || object?.name === 'exports' || (object?.property as NodeLike)?.name === 'exports' || (left.property as NodeLike)?.name === 'exports');
    }
    if (!['ObjectProperty', 'Property', 'ObjectExpression'].includes(node.type)) return false;
  }
  return false;
}

/** Why a reference hands the client on, or undefined when the codemod follows it. */
/**
 * What the file's escapes are judged against, read once per file: the names of project code the analysis follows,
 * and (when first needed) where each construction's value is stored.
 */
interface EscapeScope {
  readonly followed: ReadonlySet<string>;
  readonly constructionStores: () => ReadonlySet<unknown>;
}

function escapeOf(path: ASTPath, binding: ClientBinding, context: RuleContext, scope: EscapeScope): string | undefined {
  const parent = path.parent?.node as NodeLike | undefined;
  if (!parent) return undefined;
  if (parent.type === 'MemberExpression' && parent.object === path.node) {
    const call = path.parent?.parent?.node as NodeLike | undefined;
    if (call?.type === 'CallExpression' && call.callee === parent) return undefined;
    const property = (parent.property as NodeLike).name;
    return `\`${binding.name}.${String(property)}\` is a property of the ${binding.library} client that GLIDE clients do not have`;
  }
  if ((parent.type === 'CallExpression' || parent.type === 'NewExpression') && parent.callee !== path.node) {
    const callee = parent.callee as NodeLike;
    if (callee.type === 'Identifier' && (scope.followed.has(String(callee.name)) || isLocalFunction(path, String(callee.name)))) {
      return undefined;
    }
    return `the client is handed to code this codemod does not follow; it will receive a GLIDE client, not ${binding.library === 'ioredis' ? 'an ioredis' : 'a node-redis'} one`;
  }
  if (parent.type === 'AwaitExpression' || isExported(path)) return undefined;
  // `const { redis } = require('./client')`: the name is declared here, and the analysis follows it.
  if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && path.parent?.parent?.node.type === 'ObjectPattern') return undefined;
  if (['VariableDeclarator', 'ReturnStatement', 'ArrowFunctionExpression', 'ObjectProperty', 'Property', 'ArrayExpression', 'AssignmentExpression'].includes(parent.type)) {
    if (parent.type === 'VariableDeclarator' && parent.id === path.node) return undefined;
    // An arrow's parameter declares the name; only its expression body hands a value on.
    if (parent.type === 'ArrowFunctionExpression' && parent.body !== path.node) return undefined;
    // `{ client }` holds the name twice, as its key and its value: the value is what is handed on.
    if ((parent.type === 'ObjectProperty' || parent.type === 'Property') && parent.key === path.node && (!parent.shorthand || parent.value !== path.node)) return undefined;
    if (parent.type === 'AssignmentExpression' && parent.left === path.node) return otherValueWritten(path.parent as ASTPath, binding, context, scope);
    // `this.redis = redis`: the property is itself a binding the analysis follows.
    if (parent.type === 'AssignmentExpression' && findReferencedBinding(path.parent?.get('left') as ASTPath, context.analysis.bindings)) {
      return undefined;
    }
    return `the client is passed on here (now a GLIDE client); code that uses it through this value is not migrated`;
  }
  return undefined;
}

/** Where the analysis saw each construction's value stored: the assignments and declarators holding them. */
function constructionStores(context: RuleContext): ReadonlySet<unknown> {
  return new Set(context.analysis.constructions.map((construction) => constructionValuePath(construction).parent?.node));
}

/**
 * `this.redis = options.redis` where `this.redis` is also where a client is created: the name may hold another
 * value than the migrated client (here, whatever the caller gave, still a source client), on which the migrated
 * calls would fail. Writing the client's own construction, another followed client, or null / undefined (the
 * client forgotten) keeps its meaning.
 */
function otherValueWritten(assignment: ASTPath, binding: ClientBinding, context: RuleContext, scope: EscapeScope): string | undefined {
  const node = nodeOf(assignment);
  if (node.operator !== '=' || scope.constructionStores().has(node)) return undefined;
  const value = insideClientCasts(assignment.get('right') as ASTPath);
  const right = nodeOf(value);
  const nothing = literalValue(right) === null || (right.type === 'Identifier' && right.name === 'undefined');
  if (nothing || findReferencedBinding(value, context.analysis.bindings)) return undefined;
  return `\`${binding.name}\` is given another value here than the client created for it, which the migrated calls through it would not expect (a ${binding.library} client given by the caller stays one)`;
}

/**
 * `escapeOf` for the expression the casts around a reference make (`visit(client as RedisClientType)` is followed
 * like `visit(client)`); a cast that hides the client (`as any`) is an escape, and so is a call or property read
 * through a cast (`(client as Redis).get()`), which the analysis does not take for a call on the client.
 */
function escapeThroughCasts(path: ASTPath, binding: ClientBinding, context: RuleContext, scope: EscapeScope): string | undefined {
  const outside = outsideClientCasts(path);
  if (outside.hidden) return 'the client is cast to a type that is not a client type here; code that uses it through this value is not followed';
  const parent = outside.path.parent?.node as NodeLike | undefined;
  if (outside.path !== path && parent?.type === 'MemberExpression' && parent.object === outside.path.node) {
    return 'the client is used through a cast here, which the codemod does not take for a call on the client; migrate it by hand';
  }
  return escapeOf(outside.path, binding, context, scope);
}

export const clientEscapes = defineFileRule({
  id: 'client-escapes',
  phase: 'inspection',
  summary: 'Flags places where a migrated client is handed to code the codemod does not follow',
  clients: ['ioredis', 'node-redis'],
  safety: 'flags',
  apply(context) {
    const { j } = context.file;
    const bindings = context.analysis.bindings.filter((binding) => !context.isFrozen(binding));
    if (bindings.length === 0) return;
    let stores: ReadonlySet<unknown> | undefined;
    const scope: EscapeScope = { followed: projectImportNames(context), constructionStores: () => (stores ??= constructionStores(context)) };
    const visit = (path: ASTPath) => {
      const binding = findReferencedBinding(path, bindings);
      const reason = binding && escapeThroughCasts(path, binding, context, scope);
      // A shorthand property's value is a copy of its key, without a place of its own: the property's is reported.
      const located = (path.node as { loc?: unknown }).loc ? undefined : path.parent?.node;
      if (binding && reason) context.flag(path, reason, { client: binding, ...(located ? { about: located } : {}) });
    };
    // References to the clients: names of variable or parameter bindings, `this.<name>` of property bindings. This
    // rule runs right after client construction, which writes none, so those in the source are all there are.
    const variableNames = new Set(bindings.filter((binding) => binding.access !== 'this-property').map((binding) => binding.name));
    const propertyNames = new Set(bindings.filter((binding) => binding.access === 'this-property').map((binding) => binding.name));
    selectPathsOf(context.file, j.Identifier, (path) => variableNames.has(path.node.name)).forEach((path) => visit(path as unknown as ASTPath));
    selectPathsOf(context.file, j.MemberExpression, (path) => {
      const node = nodeOf(path);
      return isThisProperty(node) && propertyNames.has(String((node.property as NodeLike).name));
    }).forEach((path) => visit(path as unknown as ASTPath));
  },
});
