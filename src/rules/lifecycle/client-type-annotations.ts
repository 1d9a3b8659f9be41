/**
 * Type names of the source clients become GLIDE's: ioredis `Redis` → `GlideClient`, `Cluster` →
 * `GlideClusterClient`, node-redis `RedisClientType` → `GlideClient`. Left alone while any client of the file
 * could not be migrated, since that client still has the source type.
 */
import { findLibraryImports } from '../../engine/analyse/library-imports.js';
import { defineFileRule } from '../rule.js';

interface NodeLike {
  type: string;
  [key: string]: unknown;
}

export const clientTypeAnnotations = defineFileRule({
  id: 'client-type-annotations',
  summary: 'Client type names (`Redis`, `RedisClientType`) become `GlideClient` / `GlideClusterClient`',
  clients: ['ioredis', 'node-redis'],
  safety: 'exact',
  apply(context) {
    const { j, root } = context.file;
    if (!context.typeScript || context.analysis.bindings.some((binding) => context.isFrozen(binding))) return;
    const renames = new Map<string, string>();
    for (const { import: entry } of findLibraryImports(context.file)) {
      if (entry.role === 'client-class' || entry.importedName === 'RedisClientType') renames.set(entry.localName, 'GlideClient');
      if (entry.role === 'cluster-class' || entry.importedName === 'RedisClusterType') renames.set(entry.localName, 'GlideClusterClient');
    }
    root.find(j.TSTypeReference).forEach((path) => {
      const typeName = path.node.typeName as unknown as NodeLike;
      const glide = typeName.type === 'Identifier' ? renames.get(String(typeName.name)) : undefined;
      if (!glide) return;
      path.replace(j.tsTypeReference(j.identifier(glide)));
      context.useGlideExport(glide);
      context.recordEdit(path.node, `type ${String(typeName.name)} → ${glide}`);
    });
  },
});
