/**
 * The project as a program sees it, copied to a temporary folder so that verify can migrate and run it without
 * touching the user's files. No node_modules folder is copied (large, and never migrated): each one, at any depth,
 * becomes a symlink to the original, and the copy's root gets one to the node_modules Node would resolve from the
 * original folder when it has none of its own (the nearest one above). .git is left out. When the folder has no
 * package.json of its own, the copy gets one carrying the nearest ancestor's module `type`, so that imports and the
 * ESM / CommonJS choice resolve in the copy exactly as in place.
 */
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MODULES = 'node_modules';

export function copyProject(source: string, destination: string): void {
  const linked: string[] = [];
  cpSync(source, destination, {
    recursive: true,
    // Symlinks are copied as links (a link to a sibling package keeps working), not followed.
    verbatimSymlinks: true,
    filter: (file) => {
      const name = path.basename(file);
      if (file !== source && name === MODULES) linked.push(path.relative(source, file));
      return file === source || (name !== MODULES && name !== '.git');
    },
  });
  for (const relative of linked) symlinkSync(path.join(source, relative), path.join(destination, relative), 'junction');
  if (!linked.includes(MODULES)) {
    const above = nearestUpward(path.dirname(source), MODULES);
    if (above) symlinkSync(above, path.join(destination, MODULES), 'junction');
  }
  if (!existsSync(path.join(source, 'package.json'))) {
    const type = moduleTypeOf(nearestUpward(path.dirname(source), 'package.json'));
    if (type) writeFileSync(path.join(destination, 'package.json'), `${JSON.stringify({ private: true, type })}\n`);
  }
}

function moduleTypeOf(manifest: string | undefined): 'module' | 'commonjs' | undefined {
  if (!manifest) return undefined;
  try {
    const { type } = JSON.parse(readFileSync(manifest, 'utf8')) as { type?: unknown };
    return type === 'module' || type === 'commonjs' ? type : undefined;
  } catch (error) {
    // A package.json that is not JSON makes Node fail in place too; the copy need not know a type to fail the same way.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

function nearestUpward(directory: string, name: string): string | undefined {
  for (let current = path.resolve(directory); ; current = path.dirname(current)) {
    const candidate = path.join(current, name);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(current) === current) return undefined;
  }
}
