/**
 * Runs the engine's project migration for a tool: loads the engine lazily (so starting the server and listing
 * tools never loads jscodeshift, recast or ts-morph), reports per-file progress when the client asked for it,
 * and honours cancellation by stopping before anything is written.
 */
import type { ProjectMigration } from '../index.js';
import type { ToolExtra } from './define-tool.js';

function progressReporter(extra: ToolExtra): ((done: number, total: number, file: string) => void) | undefined {
  const progressToken = extra._meta?.progressToken;
  if (progressToken === undefined) return undefined;
  return (done, total, file) => {
    const params = { progressToken, progress: done, total, message: file };
    extra.sendNotification({ method: 'notifications/progress', params }).catch((error: unknown) => {
      // Progress is advisory: a lost notification must not fail the migration, but it should not vanish either.
      process.stderr.write(`glide-codemod mcp: cannot send progress: ${String(error)}\n`);
    });
  };
}

export async function runProjectMigration(target: string, write: boolean, extra: ToolExtra): Promise<ProjectMigration> {
  const { migrateProject } = await import('../index.js');
  extra.signal.throwIfAborted();
  const report = progressReporter(extra);
  return migrateProject({
    paths: [target],
    cwd: process.cwd(),
    write,
    onProgress: (done, total, file) => {
      report?.(done, total, file);
      // The engine writes only after the last file is done, so throwing here leaves the disk untouched.
      extra.signal.throwIfAborted();
    },
  });
}
