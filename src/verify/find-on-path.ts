/** The executable a bare command name would run, looked up on PATH the way a shell does (undefined when there is none). */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export function findOnPath(command: string, searchPath: string = process.env.PATH ?? ''): string | undefined {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const directory of searchPath.split(path.delimiter)) {
    if (!directory) continue;
    for (const extension of extensions) {
      const candidate = path.join(directory, command + extension);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch (error) {
    // ENOENT / EACCES / ENOTDIR: not in this directory, keep looking.
    if ((error as NodeJS.ErrnoException).code) return false;
    throw error;
  }
}
