/**
 * jscodeshift transform: ioredis → Valkey GLIDE.
 * `npx jscodeshift -t transforms/ioredis-to-glide.ts <paths>` (build first: `npm run build`).
 */
import type { FileInfo } from 'jscodeshift';
import { runTransform } from '../dist/src/jscodeshift/run-transform.js';

export default function ioredisToGlide(file: FileInfo): string | undefined {
  return runTransform(file, 'ioredis');
}
