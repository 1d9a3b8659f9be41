/**
 * Whether a local name is node-redis' `RESP_TYPES`, imported or required from `redis` / `@redis/client`: a type
 * mapping keyed by another object's `BLOB_STRING` is not the one GLIDE's Bytes decoder stands for.
 */
import type { LibraryImport } from '../../engine/analyse/types.js';

export function isRespTypesImport(imports: readonly LibraryImport[], localName: string): boolean {
  return imports.some((entry) => entry.library === 'node-redis' && entry.localName === localName && entry.importedName === 'RESP_TYPES');
}
