/**
 * Runs the engine's project migration for a tool: loads the engine lazily (so starting the server and listing
 * tools never loads jscodeshift, recast or ts-morph), reports per-file progress when the client asked for it,
 * and honours cancellation: a cancelled run writes nothing, whenever the cancellation comes.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProjectMigration } from '../index.js';
import type { ToolExtra } from './define-tool.js';
import type { ServerLimits } from './limits.js';
import { withinBounds } from './call-bounds.js';

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

/**
 * Where report and diff paths start from: the server's working directory (the editor's workspace) when the target
 * is inside it, otherwise the target directory itself (or a target file's directory), so paths stay short and
 * relative instead of absolute.
 */
function displayRoot(target: string): string {
  const absolute = path.resolve(target);
  const inside = path.relative(process.cwd(), absolute);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return process.cwd();
  return existsSync(absolute) && statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
}

export interface ToolMigrationRequest {
  readonly target: string;
  readonly write: boolean;
  readonly partial: boolean;
}

export async function runProjectMigration({ target, write, partial }: ToolMigrationRequest, extra: ToolExtra, limits: ServerLimits): Promise<ProjectMigration> {
  const { migrateProject } = await import('../index.js');
  extra.signal.throwIfAborted();
  const report = progressReporter(extra);
  const cwd = displayRoot(target);
  return withinBounds(limits, extra, ({ limits: runLimits, signal, workers }) =>
    migrateProject({
      paths: [cwd === process.cwd() ? target : path.resolve(target)],
      cwd,
      write,
      partial,
      limits: runLimits,
      // The run yields between files and the write keeps every original when cancelled (at any point of it).
      signal,
      workers,
      onProgress: (done, total, file) => report?.(done, total, file),
    }),
  );
}
