/** A package.json read as an object, or undefined where there is none or it is not readable JSON. */
import { readFileSync } from 'node:fs';

export function readPackageManifest(file: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest) ? (manifest as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
