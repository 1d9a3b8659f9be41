/**
 * Unified diffs in git's form (`--- a/path`, `+++ b/path`), one per changed file, for the CLI and MCP preview.
 */
import { createTwoFilesPatch } from 'diff';

export interface FileChange {
  readonly path: string;
  readonly before: string;
  readonly after: string;
}

export function unifiedDiff(changes: readonly FileChange[]): string {
  return changes
    .filter((change) => change.before !== change.after)
    .map((change) => {
      const patch = createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before, change.after, '', '', {
        context: 3,
      });
      // The header line `===...` that `diff` adds is not part of git's format.
      return patch.split('\n').filter((line) => !line.startsWith('=====')).join('\n');
    })
    .join('');
}
