/**
 * Reads node-redis' Buffer type mapping, `{ [RESP_TYPES.BLOB_STRING]: Buffer }`, the one mapping GLIDE's
 * `Decoder.Bytes` stands for: bulk strings answered as Buffers, every other reply type as it was. Any other
 * mapping (more entries, another RESP type, a constructor other than Buffer) is not recognised.
 */
import type { NodeLike } from '../ast/node.js';

/** The mapping as written: the local name the program calls node-redis' `RESP_TYPES` by. */
export interface BufferTypeMapping {
  readonly respTypes: string;
}

export function readBufferTypeMapping(node: unknown): BufferTypeMapping | undefined {
  const object = node as NodeLike | undefined;
  if (object?.type !== 'ObjectExpression') return undefined;
  const [property, ...more] = object.properties as NodeLike[];
  if (!property || more.length > 0 || !property.computed) return undefined;
  if (property.type !== 'ObjectProperty' && property.type !== 'Property') return undefined;
  const key = property.key as NodeLike;
  const value = property.value as NodeLike;
  const respTypes = key.object as NodeLike | undefined;
  const member = key.property as NodeLike | undefined;
  const isBlobString = key.type === 'MemberExpression' && !key.computed && member?.type === 'Identifier' && member.name === 'BLOB_STRING';
  if (!isBlobString || respTypes?.type !== 'Identifier') return undefined;
  if (value.type !== 'Identifier' || value.name !== 'Buffer') return undefined;
  return { respTypes: String(respTypes.name) };
}
