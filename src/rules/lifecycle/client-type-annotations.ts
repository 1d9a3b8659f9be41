/**
 * Type names of the source clients become GLIDE's: ioredis `Redis` → `GlideClient`, `Cluster` →
 * `GlideClusterClient`, node-redis `RedisClientType` → `GlideClient`, and so do the types spelled from what makes a
 * client (`ReturnType<typeof createClient>`, `InstanceType<typeof Redis>`); the annotation of a name that holds the
 * client as a promise becomes `Promise<GlideClient>`. Left alone while any client of the file could not be
 * migrated, since that client still has the source type, and in a file where the analysis follows no client at
 * all (the values its types annotate are not known to be migrated).
 */
import type { ASTPath, TSTypeReference } from 'jscodeshift';
import { pathsAsParsed, pathsOf } from '../../ast/node-index.js';
import type { ClientBinding, LibraryImportSite } from '../../engine/analyse/types.js';
import { defineFileRule } from '../../engine/rewrite/rule.js';
import { nodeOf, type NodeLike } from '../../ast/node.js';
import { lookupScope } from '../../ast/scope-lookup.js';
import { FUNCTION_TYPES } from '../../engine/analyse/await-context.js';

/**
 * Whether a type annotation is that of a name holding a client as a promise (a class field or a CommonJS
 * module-scope variable created where `await` is not allowed, or a parameter such a client is passed to): its
 * type is `Promise<GlideClient>`, not `GlideClient`.
 */
function annotatesPromiseHeldClient(path: ASTPath, bindings: readonly ClientBinding[]): boolean {
  const wrapper = path.parent as ASTPath | null;
  const holder = wrapper?.node.type === 'TSTypeAnnotation' ? (wrapper.parent as ASTPath | null) : null;
  const node = holder?.node as unknown as NodeLike | undefined;
  if (!holder || !node) return false;
  const promiseHeld = bindings.filter((binding) => binding.shape === 'promise');
  if (node.type === 'ClassProperty' || node.type === 'PropertyDefinition') {
    const name = (node.key as NodeLike).name;
    const classBody = holder.parent?.node;
    return promiseHeld.some((binding) => binding.access === 'this-property' && binding.name === name && binding.owner.node === classBody);
  }
  if (FUNCTION_TYPES.has(node.type) && node.returnType === wrapper?.node) return returnsPromiseHeldClient(holder, promiseHeld);
  if (node.type !== 'Identifier') return false;
  const name = String(node.name);
  const declaredIn = lookupScope(holder, name)?.path.node;
  // `constructor(private readonly client: Redis)`: the parameter of the constructor the property stands in.
  const property = holder.parent?.node.type === 'TSParameterProperty' ? (holder.parent as ASTPath) : undefined;
  const inFunction = (property ?? holder).parent?.node;
  return promiseHeld.some(
    (binding) =>
      binding.name === name &&
      ((binding.access === 'variable' && binding.owner.node === declaredIn) ||
        (binding.access === 'parameter' && binding.owner.node === inFunction)),
  );
}

/**
 * `connection(): Redis { return this.client; }` where what it returns is a name holding the client as a promise
 * (`this.client` of such a property, or such a variable): it returns that promise.
 */
function returnsPromiseHeldClient(fn: ASTPath, promiseHeld: readonly ClientBinding[]): boolean {
  const body = nodeOf(fn).body as NodeLike | undefined;
  const statements = body?.type === 'BlockStatement' ? (body.body as NodeLike[]) : [];
  const returned = statements.filter((statement) => statement.type === 'ReturnStatement').map((statement) => statement.argument as NodeLike | null);
  if (returned.length === 0) return false;
  const classBody = fn.parent?.node;
  return returned.every((value) => {
    if (value?.type === 'MemberExpression' && (value.object as NodeLike).type === 'ThisExpression' && !value.computed) {
      const name = (value.property as NodeLike).name;
      return promiseHeld.some((binding) => binding.access === 'this-property' && binding.name === name && binding.owner.node === classBody);
    }
    return value?.type === 'Identifier' && promiseHeld.some((binding) => binding.access !== 'this-property' && binding.name === value.name && lookupScope(fn, String(value.name))?.path.node === binding.owner.node);
  });
}

type GlideClientType = 'GlideClient' | 'GlideClusterClient';

/**
 * Which GLIDE type a type reference names, if it names a source client: the client types by name (`Redis`,
 * `RedisClientType`), and the types written from the values that make clients: `ReturnType<typeof createClient>`
 * (also through a namespace import, `typeof redis.createClient`) and `InstanceType<typeof Redis>`.
 */
function clientTypeNames(sites: readonly LibraryImportSite[]): (reference: TSTypeReference) => GlideClientType | undefined {
  const byName = new Map<string, GlideClientType>();
  const returnedBy = new Map<string, GlideClientType>();
  const instanceOf = new Map<string, GlideClientType>();
  for (const { import: entry } of sites) {
    if (entry.role === 'client-class' || entry.importedName === 'RedisClientType') byName.set(entry.localName, 'GlideClient');
    if (entry.role === 'cluster-class' || entry.importedName === 'RedisClusterType') byName.set(entry.localName, 'GlideClusterClient');
    if (entry.role === 'client-class') instanceOf.set(entry.localName, 'GlideClient');
    if (entry.role === 'cluster-class') instanceOf.set(entry.localName, 'GlideClusterClient');
    if (entry.role === 'factory') returnedBy.set(entry.localName, 'GlideClient');
    if (entry.role === 'cluster-factory') returnedBy.set(entry.localName, 'GlideClusterClient');
    if (entry.role === 'namespace' && entry.library === 'node-redis') {
      returnedBy.set(`${entry.localName}.createClient`, 'GlideClient');
      returnedBy.set(`${entry.localName}.createCluster`, 'GlideClusterClient');
    }
  }
  return (reference) => {
    const name = typeText(reference.typeName as unknown as NodeLike);
    if (byName.has(name)) return byName.get(name);
    const [argument, ...more] = (reference.typeParameters?.params ?? []) as unknown as NodeLike[];
    if (argument?.type !== 'TSTypeQuery' || more.length > 0) return undefined;
    const of = typeText(argument.exprName as NodeLike);
    if (name === 'ReturnType') return returnedBy.get(of);
    if (name === 'InstanceType') return instanceOf.get(of);
    return undefined;
  };
}

/** A type name as written (`Redis`, `redis.createClient`), or the empty text for other type nodes. */
function typeText(node: NodeLike): string {
  if (node.type === 'Identifier') return String(node.name);
  if (node.type === 'TSQualifiedName') {
    const left = typeText(node.left as NodeLike);
    return left && `${left}.${String((node.right as NodeLike).name)}`;
  }
  if (node.type === 'TSTypeReference') {
    const name = typeText(node.typeName as NodeLike);
    const params = ((node.typeParameters as NodeLike | null)?.params ?? []) as NodeLike[];
    return params.length === 0 ? name : `${name}<${params.map(typeText).join(', ')}>`;
  }
  if (node.type === 'TSTypeQuery') return `typeof ${typeText(node.exprName as NodeLike)}`;
  return '';
}

export const clientTypeAnnotations = defineFileRule({
  id: 'client-type-annotations',
  phase: 'types',
  summary: 'Client types (`Redis`, `RedisClientType`, `ReturnType<typeof createClient>`) become `GlideClient` / `GlideClusterClient`',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { j } = context.file;
    if (!context.typeScript || context.analysis.bindings.some((binding) => context.isFrozen(binding))) return;
    // Types change only with the clients they type: in a file where no client is followed (a library typing the
    // clients its callers give it as `Redis | Cluster`), what the types annotate stays a source client.
    if (context.analysis.bindings.length === 0) return;
    const glideTypeOf = clientTypeNames(context.analysis.importSites);
    // Rules move type references but never write one naming a source client type: a file whose source names
    // none has none now, and the changed tree need not be searched.
    if (!pathsAsParsed(context.file, j.TSTypeReference).some((path) => glideTypeOf(path.node))) return;
    for (const path of pathsOf(context.file, j.TSTypeReference)) {
      const glide = glideTypeOf(path.node);
      if (!glide) continue;
      const written = typeText(nodeOf(path));
      const glideType = j.tsTypeReference(j.identifier(glide));
      const held = annotatesPromiseHeldClient(path as unknown as ASTPath, context.analysis.bindings);
      const promiseType = j.tsTypeReference(j.identifier('Promise'), j.tsTypeParameterInstantiation([glideType]));
      const site = path.node;
      path.replace(held ? promiseType : glideType);
      context.useGlideExport(glide);
      context.recordEdit(site, `type ${written} → ${glide}`);
    }
  },
});
