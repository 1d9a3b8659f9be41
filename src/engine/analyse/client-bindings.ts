/**
 * Names through which code reaches a client: a variable or `this.x` property that a construction is assigned
 * to, a parameter or parameter property typed with the library's client type, or an import of a project module
 * that exports a client, and the parameters and properties clients flow into (client-flow.ts). Constructions
 * that are not assigned to a name (returned, passed on) get no binding and are left to the construction rule to
 * flag.
 */
import type { ASTPath } from 'jscodeshift';
import type { ParsedFile } from '../../ast/parsed-file.js';
import { followClientFlow } from './client-flow.js';
import type {
  BindingAccess,
  ClientBinding,
  ClientConstruction,
  ClientTopology,
  LibraryImport,
  ProjectFacts,
  SourceLibrary,
} from './types.js';
import { pathsOf } from '../../ast/node-index.js';
import { isThisProperty, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { findEnclosingFunction } from './await-context.js';

type Draft = Omit<ClientBinding, 'id' | 'flowsInto'>;

function findAncestor(path: ASTPath, type: string): ASTPath | undefined {
  for (let current = path.parent as ASTPath | null; current; current = current.parent as ASTPath | null) {
    if (current.node.type === type) return current;
  }
  return undefined;
}

/** The path whose value ends up in a name: skips `await` and the node-redis `.on().connect()` chain. */
export function constructionValuePath(construction: ClientConstruction): ASTPath {
  let path: ASTPath = construction.chainEnd ?? construction.path;
  while (path.parent && ['AwaitExpression', 'TSAsExpression', 'ParenthesizedExpression'].includes(path.parent.node.type)) {
    path = path.parent;
  }
  return path;
}

function bindingFromConstruction(construction: ClientConstruction): Draft | undefined {
  const valuePath = constructionValuePath(construction);
  const parent = valuePath.parent as ASTPath<NodeLike> | null;
  if (!parent) return undefined;
  const common = {
    library: construction.library,
    topology: construction.topology,
    shape: construction.canAwait ? ('direct' as const) : ('promise' as const),
    construction,
  };
  const node = parent.node;
  if (node.type === 'VariableDeclarator' && node.init === valuePath.node) {
    const id = node.id as NodeLike;
    if (id.type !== 'Identifier') return undefined;
    const name = String(id.name);
    return { ...common, name, access: 'variable', owner: (lookupScope(parent, name)?.path ?? parent) as ASTPath };
  }
  if (node.type === 'AssignmentExpression' && node.right === valuePath.node) {
    // Assigned to a name other functions read (`let db;` at module level, `db = createClient()` in an async
    // function; `this.client = ...` in an async method): the source client was there at once, its commands
    // queued while it connected, and code that runs while the assigning function waits may call it. Awaiting
    // the creation there would leave the name unset meanwhile, so the name holds the promise of the client.
    const held = { ...common, shape: 'promise' as const };
    const left = node.left as NodeLike;
    if (left.type === 'Identifier') {
      const name = String(left.name);
      const owner = lookupScope(parent, name)?.path as ASTPath | undefined;
      const assigning = findEnclosingFunction(parent as unknown as ASTPath);
      const sharedOutside = owner !== undefined && assigning !== undefined && owner.node !== assigning.node;
      return owner ? { ...(sharedOutside ? held : common), name, access: 'variable', owner } : undefined;
    }
    if (isThisProperty(left)) {
      const owner = findAncestor(parent as unknown as ASTPath, 'ClassBody');
      const name = String((left.property as NodeLike).name);
      return owner ? { ...held, name, access: 'this-property', owner } : undefined;
    }
    return undefined;
  }
  if ((node.type === 'ClassProperty' || node.type === 'PropertyDefinition') && node.value === valuePath.node) {
    const key = node.key as NodeLike;
    const owner = findAncestor(parent as unknown as ASTPath, 'ClassBody');
    if (key.type !== 'Identifier' || !owner) return undefined;
    return { ...common, name: String(key.name), access: 'this-property', owner };
  }
  return undefined;
}

/** The file's top-level `type Name = ...` aliases (exported or not), by name. */
function typeAliases(file: ParsedFile): Map<string, NodeLike> {
  const aliases = new Map<string, NodeLike>();
  pathsOf(file, file.j.TSTypeAliasDeclaration).forEach((path) => {
    aliases.set(String(path.node.id.name), path.node.typeAnnotation as unknown as NodeLike);
  });
  return aliases;
}

/**
 * `Redis` / `Cluster` from ioredis and node-redis' `RedisClientType` / `RedisClusterType`, as type names, directly
 * or through the file's type aliases (`type SessionClient = RedisClientType`).
 */
function clientTypeOf(
  annotation: unknown,
  imports: readonly LibraryImport[],
  aliases: ReadonlyMap<string, NodeLike>,
  seen: ReadonlySet<string> = new Set(),
): Recognised | undefined {
  const wrapper = annotation as NodeLike | null | undefined;
  const type = (wrapper?.type === 'TSTypeAnnotation' ? wrapper.typeAnnotation : wrapper) as NodeLike | undefined;
  if (!type || type.type !== 'TSTypeReference') return undefined;
  const typeName = type.typeName as NodeLike;
  if (typeName.type !== 'Identifier') return undefined;
  const name = String(typeName.name);
  const entry = imports.find((candidate) => candidate.localName === name);
  if (!entry) {
    const aliased = aliases.get(name);
    return aliased && !seen.has(name) ? clientTypeOf(aliased, imports, aliases, new Set([...seen, name])) : undefined;
  }
  if (entry.library === 'ioredis') {
    if (entry.role === 'client-class') return { library: 'ioredis', topology: 'standalone' };
    if (entry.role === 'cluster-class') return { library: 'ioredis', topology: 'cluster' };
    return undefined;
  }
  if (entry.importedName === 'RedisClientType') return { library: 'node-redis', topology: 'standalone' };
  if (entry.importedName === 'RedisClusterType') return { library: 'node-redis', topology: 'cluster' };
  return undefined;
}

interface Recognised {
  readonly library: SourceLibrary;
  readonly topology: ClientTopology;
}

function parameterBindings(file: ParsedFile, imports: readonly LibraryImport[]): Draft[] {
  const drafts: Draft[] = [];
  const { j } = file;
  const aliases = typeAliases(file);
  const typed = (node: NodeLike) => clientTypeOf(node.typeAnnotation, imports, aliases);
  pathsOf(file, j.Function).forEach((found) => {
    const functionPath = found as unknown as ASTPath;
    for (const param of found.node.params as unknown as NodeLike[]) {
      if (param.type === 'Identifier') {
        const recognised = typed(param);
        if (!recognised) continue;
        const base = { ...recognised, shape: 'direct' as const, construction: undefined };
        drafts.push({ ...base, name: String(param.name), access: 'parameter', owner: functionPath });
      } else if (param.type === 'TSParameterProperty') {
        const inner = param.parameter as NodeLike;
        const recognised = inner.type === 'Identifier' ? typed(inner) : undefined;
        const classBody = findAncestor(functionPath, 'ClassBody');
        if (!recognised || !classBody) continue;
        const base = { ...recognised, shape: 'direct' as const, construction: undefined };
        drafts.push({ ...base, name: String(inner.name), access: 'parameter', owner: functionPath });
        drafts.push({ ...base, name: String(inner.name), access: 'this-property', owner: classBody });
      }
    }
  });
  return drafts;
}

function importedBindings(file: ParsedFile, project: ProjectFacts): Draft[] {
  const drafts: Draft[] = [];
  const { j } = file;
  const add = (specifier: string, exportName: string, localName: string, owner: ASTPath) => {
    const exported = project.clientsExportedBy(file.path, specifier).find((entry) => entry.exportName === exportName);
    if (!exported) return;
    const { library, topology, shape } = exported;
    const access: BindingAccess = 'imported';
    const origin = { kind: 'import' as const, specifier, exportName };
    drafts.push({ name: localName, access, library, topology, shape, construction: undefined, owner, origin });
  };
  pathsOf(file, j.ImportDeclaration).forEach((path) => {
    const specifier = String(path.node.source.value);
    if (!specifier.startsWith('.')) return;
    const owner = path.scope?.path as ASTPath;
    for (const entry of path.node.specifiers ?? []) {
      const local = entry.local?.name;
      if (typeof local !== 'string') continue;
      if (entry.type === 'ImportDefaultSpecifier') add(specifier, 'default', local, owner);
      if (entry.type === 'ImportSpecifier') add(specifier, String(entry.imported.name), local, owner);
    }
  });
  pathsOf(file, j.VariableDeclarator).forEach((path) => {
    const init = path.node.init as NodeLike | null;
    if (!init || init.type !== 'CallExpression') return;
    const callee = init.callee as NodeLike;
    const [argument] = init.arguments as NodeLike[];
    if (callee.type !== 'Identifier' || callee.name !== 'require' || !argument) return;
    const specifier = String(argument.value ?? '');
    if (!specifier.startsWith('.')) return;
    const owner = path.scope?.path as ASTPath;
    const id = path.node.id as unknown as NodeLike;
    if (id.type === 'Identifier') add(specifier, 'default', String(id.name), owner);
    if (id.type === 'ObjectPattern') {
      for (const property of id.properties as NodeLike[]) {
        const key = property.key as NodeLike | undefined;
        const value = property.value as NodeLike | undefined;
        if (key?.type === 'Identifier' && value?.type === 'Identifier') add(specifier, String(key.name), String(value.name), owner);
      }
    }
  });
  return drafts;
}

export function findClientBindings(
  file: ParsedFile,
  imports: readonly LibraryImport[],
  constructions: readonly ClientConstruction[],
  project: ProjectFacts,
): ClientBinding[] {
  const drafts: Draft[] = [];
  for (const construction of constructions) {
    const draft = bindingFromConstruction(construction);
    if (draft) drafts.push(draft);
  }
  drafts.push(...parameterBindings(file, imports), ...importedBindings(file, project));
  const flow = followClientFlow(file, drafts, project.clientParametersOf(file.path));
  drafts.push(...flow.bindings);
  // A name assigned twice (`let c; c = new Redis()`) or a parameter property and its field: keep the first.
  const sameName = (a: Draft, b: Draft) => a.name === b.name && a.owner.node === b.owner.node && a.access === b.access;
  // A typed parameter that other modules are also known to pass a client to keeps that origin.
  const unique = drafts
    .filter((draft, index) => drafts.findIndex((other) => sameName(other, draft)) === index)
    .map((draft) => (draft.origin ? draft : { ...draft, origin: drafts.find((other) => other.origin && sameName(other, draft))?.origin }));
  const idOf = (draft: Draft) => unique.findIndex((other) => sameName(other, draft));
  const heldAsPromise = promiseHolders(unique, drafts, flow.edges.map((edge) => [idOf(edge.from), idOf(edge.to)] as const), sameName);
  return unique.map((draft, id) => {
    const flowsInto = flow.edges.filter((edge) => idOf(edge.from) === id).map((edge) => idOf(edge.to));
    const shape = heldAsPromise.has(id) ? ('promise' as const) : draft.shape;
    return { ...draft, shape, id, flowsInto: [...new Set(flowsInto)].filter((target) => target !== id) };
  });
}

/**
 * The bindings (by index in `unique`) that hold a promise of the client: those any of their drafts says so of, and
 * every name such a promise flows into, typed as a client or not (`function report(client: Redis)` given a
 * client held as a promise must await it like the name it came from).
 */
function promiseHolders(unique: readonly Draft[], drafts: readonly Draft[], edges: readonly (readonly [number, number])[], sameName: (a: Draft, b: Draft) => boolean): Set<number> {
  const held = new Set(unique.flatMap((draft, id) => (drafts.some((other) => other.shape === 'promise' && sameName(other, draft)) ? [id] : [])));
  for (let grown = true; grown; ) {
    grown = false;
    for (const [from, to] of edges) {
      if (held.has(from) && to >= 0 && !held.has(to)) {
        held.add(to);
        grown = true;
      }
    }
  }
  return held;
}
