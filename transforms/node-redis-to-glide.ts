/**
 * jscodeshift transform: node-redis (npm `redis`, v4 and later) → Valkey GLIDE.
 * `npx jscodeshift -t transforms/node-redis-to-glide.ts <paths>` (build first: `npm run build`).
 */
import type { FileInfo } from 'jscodeshift';
import { runTransform } from '../dist/src/jscodeshift/run-transform.js';

export default function nodeRedisToGlide(file: FileInfo): string | undefined {
  return runTransform(file, 'node-redis');
}
