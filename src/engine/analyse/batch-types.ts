/**
 * The TypeScript types that name a source client's batch where a program writes one for a value holding it:
 * ioredis' `ChainableCommander` (what `pipeline()` and `multi()` are typed as) and its `Pipeline` class, by the
 * names the file imports them under. GLIDE's counterpart is `Batch`.
 */
import type { NodeLike } from '../../ast/node.js';
import type { LibraryImportSite } from './types.js';

const IOREDIS_BATCH_TYPES: ReadonlySet<string> = new Set(['ChainableCommander', 'Pipeline']);

/** Whether a type node (`ChainableCommander`, without type arguments) names an ioredis batch the file imports. */
export function batchTypeReader(sites: readonly LibraryImportSite[]): (type: NodeLike) => boolean {
  const names = new Set(
    sites.filter(({ import: entry }) => entry.library === 'ioredis' && IOREDIS_BATCH_TYPES.has(entry.importedName)).map(({ import: entry }) => entry.localName),
  );
  return (type) => {
    const name = type.type === 'TSTypeReference' && !type.typeParameters ? (type.typeName as NodeLike) : undefined;
    return name?.type === 'Identifier' && names.has(String(name.name));
  };
}
