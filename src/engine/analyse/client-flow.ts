/**
 * Follows clients into the functions they are passed to, so that a helper such as
 * `export async function getProduct(redis, sku) { return redis.get(...) }` is migrated with its callers:
 * - a call to a function or class of the same file with a client argument makes that parameter a binding;
 * - `this.redis = redis` with a client on the right makes `this.redis` a binding in that class;
 * - a module's exported functions receive the parameters other modules pass clients to (project facts), and
 *   `findClientArguments` records, for the project pass, the clients this module passes to other modules.
 */
import { positionOf } from '../../ast/position.js';
import type { ASTPath } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { insideClientCasts } from './client-casts.js';
import { findReferencedBinding } from './client-calls.js';
import type { ClientArgument, ClientBinding, ClientParameter } from './types.js';
import { pathsOf } from '../../ast/node-index.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { oncePerAnalysis } from './once-per-analysis.js';

type Draft = Omit<ClientBinding, 'id' | 'flowsInto'>;

/** A client binding handed on: `from` is passed or assigned to `to` (which may have been known already). */
export interface ClientFlowEdge {
  readonly from: Draft;
  readonly to: Draft;
}

export interface FollowedFlow {
  readonly bindings: Draft[];
  readonly edges: ClientFlowEdge[];
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The function (or class constructor) a declared name stands for, if it is one. */
function functionOfDeclaration(declared: ASTPath): ASTPath | undefined {
  const parent = declared.parent as ASTPath | null;
  if (!parent) return undefined;
  const node = nodeOf(parent);
  if (FUNCTION_TYPES.has(node.type) && node.id === declared.node) return parent;
  if (node.type === 'VariableDeclarator' && node.id === declared.node) {
    const init = parent.get('init') as ASTPath;
    return init.node && FUNCTION_TYPES.has(init.node.type) ? init : undefined;
  }
  if (node.type === 'ClassDeclaration' && node.id === declared.node) {
    const members = (parent.get('body', 'body') as ASTPath).map?.((member: ASTPath) => member) as ASTPath[] | undefined;
    const constructor = members?.find((member) => nodeOf(member).kind === 'constructor');
    // Babel's estree form (JavaScript files) wraps the constructor's function in a MethodDefinition.
    return constructor?.node.type === 'MethodDefinition' ? (constructor.get('value') as ASTPath) : constructor;
  }
  return undefined;
}

/** The function an argument is: written in place, or the declaration or `const` its name refers to. */
export function functionOfArgument(argument: ASTPath): ASTPath | undefined {
  const node = nodeOf(argument);
  if (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return argument;
  return node.type === 'Identifier' ? functionOfName(argument, String(node.name)) : undefined;
}

/** The function (or class constructor) `name` refers to at `path`, when the file declares it. */
export function functionOfName(path: ASTPath, name: string): ASTPath | undefined {
  const scope = lookupScope(path, name);
  const declared = (scope?.getBindings()[name] as ASTPath[] | undefined)?.[0];
  return declared ? functionOfDeclaration(declared) : undefined;
}

/** The parameter a client is passed as, and for a parameter property (`constructor(private redis: ...)`) its field. */
function parameterDrafts(functionPath: ASTPath, index: number, client: Pick<Draft, 'library' | 'topology' | 'shape'>): Draft[] {
  const params = nodeOf(functionPath).params as NodeLike[] | undefined;
  const param = params?.[index];
  const isProperty = param?.type === 'TSParameterProperty';
  const identifier = isProperty ? (param.parameter as NodeLike) : param;
  if (identifier?.type !== 'Identifier') return [];
  const { library, topology, shape } = client;
  const common = { name: String(identifier.name), library, topology, shape, construction: undefined };
  const drafts: Draft[] = [{ ...common, access: 'parameter', owner: functionPath }];
  const classBody = isProperty ? (functionPath.parent as ASTPath | null) : null;
  if (classBody?.node.type === 'ClassBody') drafts.push({ ...common, access: 'this-property', owner: classBody });
  return drafts;
}

/** Local function name exported as `exportName` (ESM or CommonJS), resolved to its function. */
function exportedFunction(file: ParsedFile, exportName: string): ASTPath | undefined {
  const { j } = file;
  let found: ASTPath | undefined;
  const consider = (path: ASTPath, name: string | undefined) => {
    if (!found && name) found = functionOfName(path, name);
  };
  pathsOf(file, j.ExportNamedDeclaration).forEach((path) => {
    const declaration = path.node.declaration as NodeLike | null;
    if (declaration?.type === 'FunctionDeclaration' && (declaration.id as NodeLike)?.name === exportName) {
      found ??= path.get('declaration') as ASTPath;
    }
    if (declaration?.type === 'ClassDeclaration' && (declaration.id as NodeLike)?.name === exportName) {
      found ??= functionOfDeclaration(path.get('declaration', 'id') as ASTPath);
    }
    if (declaration?.type === 'VariableDeclaration') {
      (path.get('declaration', 'declarations') as ASTPath).each?.((declarator: ASTPath) => {
        const id = nodeOf(declarator).id as NodeLike;
        const init = declarator.get('init') as ASTPath;
        if (id.name === exportName && init.node && FUNCTION_TYPES.has(init.node.type)) found ??= init;
      });
    }
    for (const specifier of (path.node.specifiers ?? []) as unknown as NodeLike[]) {
      if ((specifier.exported as NodeLike).name === exportName) consider(path, String((specifier.local as NodeLike).name));
    }
  });
  if (exportName === 'default') {
    pathsOf(file, j.ExportDefaultDeclaration).forEach((path) => {
      const declaration = path.node.declaration as unknown as NodeLike;
      if (FUNCTION_TYPES.has(declaration.type)) found ??= path.get('declaration') as ASTPath;
      else if (declaration.type === 'ClassDeclaration' && declaration.id) found ??= functionOfDeclaration(path.get('declaration', 'id') as ASTPath);
      else if (declaration.type === 'Identifier') consider(path, String(declaration.name));
    });
  }
  pathsOf(file, j.AssignmentExpression).forEach((path) => {
    const left = path.node.left as unknown as NodeLike;
    const right = path.node.right as unknown as NodeLike;
    const object = left.object as NodeLike | undefined;
    const property = left.property as NodeLike | undefined;
    const isModuleExports = object?.type === 'Identifier' && object.name === 'module' && property?.name === 'exports';
    if (isModuleExports && right.type === 'ObjectExpression') {
      for (const entry of right.properties as NodeLike[]) {
        const key = entry.key as NodeLike | undefined;
        const value = entry.value as NodeLike | undefined;
        if (key?.name === exportName && value?.type === 'Identifier') consider(path, String(value.name));
      }
    } else if (isModuleExports && exportName === 'default' && right.type === 'Identifier') {
      consider(path, String(right.name));
    } else if (isModuleExports && exportName === 'default' && FUNCTION_TYPES.has(right.type)) {
      found ??= path.get('right') as ASTPath;
    } else if (left.type === 'MemberExpression' && property?.name === exportName) {
      const exportsObject = object?.type === 'Identifier' ? object.name === 'exports' : (object?.property as NodeLike)?.name === 'exports';
      if (!exportsObject) return;
      if (right.type === 'Identifier') consider(path, String(right.name));
      else if (FUNCTION_TYPES.has(right.type)) found ??= path.get('right') as ASTPath;
    }
  });
  return found;
}

/** Every `f(...)` and `new C(...)` of the file. */
function callsAndConstructions(file: ParsedFile): ASTPath[] {
  const { j } = file;
  return [...pathsOf(file, j.CallExpression), ...pathsOf(file, j.NewExpression)] as unknown as ASTPath[];
}

function argumentsOf(path: ASTPath): ASTPath[] {
  return (nodeOf(path).arguments as unknown[]).map((_, index) => path.get('arguments', index) as ASTPath);
}

/** New bindings that follow the existing ones into functions, constructors and `this` properties. */
export function followClientFlow(file: ParsedFile, known: readonly Draft[], parameters: readonly ClientParameter[]): FollowedFlow {
  const { j } = file;
  const found: Draft[] = [];
  const edges: ClientFlowEdge[] = [];
  const all = () => [...known, ...found];
  const add = (draft: Draft | undefined, from?: Draft) => {
    if (!draft) return;
    const existing = all().find((other) => other.name === draft.name && other.owner.node === draft.owner.node && other.access === draft.access);
    if (!existing) found.push(draft);
    if (from) edges.push({ from, to: existing ?? draft });
  };
  for (const parameter of parameters) {
    const target = exportedFunction(file, parameter.exportName);
    const origin = { kind: 'parameter' as const, exportName: parameter.exportName, index: parameter.index };
    // Kept even where the parameter is known already (typed as a client): the origin joins it to its callers.
    if (target) found.push(...parameterDrafts(target, parameter.index, parameter).map((draft) => ({ ...draft, origin })));
  }
  // Two rounds follow a client one step further (main → helper → helper's helper in the same file).
  for (let round = 0; round < 2; round += 1) {
    callsAndConstructions(file).forEach((path) => {
      const callee = nodeOf(path).callee as NodeLike;
      if (callee.type !== 'Identifier') return;
      argumentsOf(path).forEach((argument, index) => {
        const client = findReferencedBinding(insideClientCasts(argument), all());
        const target = client ? functionOfName(path, String(callee.name)) : undefined;
        if (client && target) parameterDrafts(target, index, client).forEach((draft) => add(draft, client));
      });
    });
    pathsOf(file, j.AssignmentExpression).forEach((path) => {
      const left = path.node.left as unknown as NodeLike;
      if (left.type !== 'MemberExpression' || (left.object as NodeLike).type !== 'ThisExpression' || left.computed) return;
      const client = findReferencedBinding(path.get('right') as ASTPath, all());
      let classBody: ASTPath | null = path.parent as ASTPath | null;
      while (classBody && classBody.node.type !== 'ClassBody') classBody = classBody.parent as ASTPath | null;
      if (!client || !classBody) return;
      const { library, topology, shape } = client;
      const property = { name: String((left.property as NodeLike).name), access: 'this-property' as const, owner: classBody };
      add({ ...property, library, topology, shape, construction: undefined }, client);
    });
  }
  return { bindings: found, edges };
}

/** Calls that pass a client to a function imported from another project module (ESM or CommonJS). */
export function findClientArguments(file: ParsedFile, bindings: readonly ClientBinding[]): ClientArgument[] {
  return findClientArgumentSites(file, bindings).map(({ binding, line, column, ...argument }) => argument);
}

type ClientArgumentSite = ClientArgument & { readonly binding: ClientBinding; readonly line: number; readonly column: number };

/** The same calls, each with the binding it passes. */
export const findClientArgumentSites = oncePerAnalysis((file: ParsedFile, bindings: readonly ClientBinding[]): ClientArgumentSite[] => {
  const { j } = file;
  const imported = new Map<string, { specifier: string; exportName: string }>();
  pathsOf(file, j.ImportDeclaration).forEach((path) => {
    const specifier = String(path.node.source.value);
    if (!specifier.startsWith('.')) return;
    for (const entry of path.node.specifiers ?? []) {
      const local = entry.local?.name;
      if (typeof local !== 'string') continue;
      if (entry.type === 'ImportSpecifier') imported.set(local, { specifier, exportName: String(entry.imported.name) });
      if (entry.type === 'ImportDefaultSpecifier') imported.set(local, { specifier, exportName: 'default' });
    }
  });
  pathsOf(file, j.VariableDeclarator).forEach((path) => {
    const init = path.node.init as unknown as NodeLike | null;
    const callee = init?.callee as NodeLike | undefined;
    const [argument] = (init?.arguments ?? []) as NodeLike[];
    if (init?.type !== 'CallExpression' || callee?.name !== 'require' || typeof argument?.value !== 'string') return;
    const specifier = argument.value;
    if (!specifier.startsWith('.')) return;
    const id = path.node.id as unknown as NodeLike;
    // `const takeLock = require('./lock')`: what the module assigned to module.exports.
    if (id.type === 'Identifier') imported.set(String(id.name), { specifier, exportName: 'default' });
    if (id.type !== 'ObjectPattern') return;
    for (const property of id.properties as NodeLike[]) {
      const key = property.key as NodeLike | undefined;
      const value = property.value as NodeLike | undefined;
      if (key?.type === 'Identifier' && value?.type === 'Identifier') imported.set(String(value.name), { specifier, exportName: String(key.name) });
    }
  });
  const found: (ClientArgument & { readonly binding: ClientBinding; readonly line: number; readonly column: number })[] = [];
  if (imported.size === 0 || bindings.length === 0) return found;
  callsAndConstructions(file).forEach((path) => {
    const callee = nodeOf(path).callee as NodeLike;
    const target = callee.type === 'Identifier' ? imported.get(String(callee.name)) : undefined;
    if (!target) return;
    argumentsOf(path).forEach((argument, index) => {
      const client = findReferencedBinding(insideClientCasts(argument), bindings);
      if (client) found.push({ ...target, index, library: client.library, topology: client.topology, shape: client.shape, binding: client, ...positionOf(path.node) });
    });
  });
  return found;
});
