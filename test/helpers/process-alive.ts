/**
 * Whether a process is still alive, for the tests that check that verify left nothing running. A process that has
 * exited but was not reaped (a zombie: its parent died and the PID 1 of a container may not reap orphans) still
 * answers kill(pid, 0), so on Linux its state in /proc decides: a zombie runs nothing and holds no port.
 */
import { readFileSync } from 'node:fs';

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  return processState(pid) !== 'Z';
}

/** The one-letter state from /proc/<pid>/stat (R, S, Z...), or undefined where there is no /proc. */
function processState(pid: number): string | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // "pid (command) state ...": the command may hold spaces and parentheses, so read after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
}
