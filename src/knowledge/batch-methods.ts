/**
 * The methods of GLIDE's batches, read from the generated table (generated/batch-methods.ts, from Batch.d.ts): for
 * a topology, how many arguments a method takes at most, or undefined when its batch has no such method.
 */
import { CLUSTER_BATCH_METHODS, SHARED_BATCH_METHODS, STANDALONE_BATCH_METHODS } from './generated/batch-methods.js';

export function batchMethodArity(method: string, topology: 'standalone' | 'cluster'): number | undefined {
  const own = topology === 'cluster' ? CLUSTER_BATCH_METHODS : STANDALONE_BATCH_METHODS;
  const counts = [SHARED_BATCH_METHODS, own].filter((methods) => Object.hasOwn(methods, method)).map((methods) => methods[method]);
  return counts.length > 0 ? Math.max(...counts) : undefined;
}
