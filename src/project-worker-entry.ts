/**
 * Where the worker threads of the registry's project runs load their entry (project-worker), next to this module:
 * `.js` in the build, `.ts` when run from the sources (through tsx). The only module of the library entry's that
 * names `import.meta`, and loaded only when a project runs (see index.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_WORKER_ENTRY = new URL(`./project-worker${path.extname(fileURLToPath(import.meta.url))}`, import.meta.url);
