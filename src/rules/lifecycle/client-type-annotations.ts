/**
 * Type names of the source clients become GLIDE's: ioredis `Redis` → `GlideClient`, `Cluster` →
 * `GlideClusterClient`, node-redis `RedisClientType` → `GlideClient`; the annotation of a name that holds the
 * client as a promise becomes `Promise<GlideClient>`. Left alone while any client of the file could not be
 * migrated, since that client still has the source type.
 */
import type { ASTPath, TSTypeReference } from 'jscodeshift';
import { pathsAsParsed, pathsOf } from '../../engine/analyse/node-index.js';
import type { ClientBinding } from '../../engine/analyse/types.js';
import { defineFileRule } from '../rule.js';

interface NodeLike {
  type: string;
  [key: string]: unknown;
}

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
  if (node.type !== 'Identifier') return false;
  const name = String(node.name);
  const declaredIn = holder.scope?.lookup(name)?.path.node;
  const inFunction = holder.parent?.node;
  return promiseHeld.some(
    (binding) =>
      binding.name === name &&
      ((binding.access === 'variable' && binding.owner.node === declaredIn) ||
        (binding.access === 'parameter' && binding.owner.node === inFunction)),
  );
}

export const clientTypeAnnotations = defineFileRule({
  id: 'client-type-annotations',
  summary: 'Client type names (`Redis`, `RedisClientType`) become `GlideClient` / `GlideClusterClient`',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { j } = context.file;
    if (!context.typeScript || context.analysis.bindings.some((binding) => context.isFrozen(binding))) return;
    const renames = new Map<string, string>();
    for (const { import: entry } of context.analysis.importSites) {
      if (entry.role === 'client-class' || entry.importedName === 'RedisClientType') renames.set(entry.localName, 'GlideClient');
      if (entry.role === 'cluster-class' || entry.importedName === 'RedisClusterType') renames.set(entry.localName, 'GlideClusterClient');
    }
    const renamed = (reference: TSTypeReference) => {
      const typeName = reference.typeName as unknown as NodeLike;
      return typeName.type === 'Identifier' ? renames.get(String(typeName.name)) : undefined;
    };
    // Rules move type references but never write one naming a source client type: a file whose source names
    // none has none now, and the changed tree need not be searched.
    if (!pathsAsParsed(context.file, j.TSTypeReference).some((path) => renamed(path.node))) return;
    for (const path of pathsOf(context.file, j.TSTypeReference)) {
      const typeName = path.node.typeName as unknown as NodeLike;
      const glide = renamed(path.node);
      if (!glide) continue;
      const glideType = j.tsTypeReference(j.identifier(glide));
      const held = annotatesPromiseHeldClient(path as unknown as ASTPath, context.analysis.bindings);
      const promiseType = j.tsTypeReference(j.identifier('Promise'), j.tsTypeParameterInstantiation([glideType]));
      path.replace(held ? promiseType : glideType);
      context.useGlideExport(glide);
      context.recordEdit(path.node, `type ${String(typeName.name)} → ${glide}`);
    }
  },
});
