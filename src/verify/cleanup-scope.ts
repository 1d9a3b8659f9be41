/**
 * What a verify run must undo (servers, child processes, temp folders), undone on every path: the run's own
 * `finally` calls `dispose()`, which runs the steps last-in first-out and keeps going when one fails. As a last
 * resort, for a process that ends without reaching that `finally` (process.exit from elsewhere, an uncaught error),
 * each step may also register a synchronous emergency action that a process 'exit' hook runs: SIGKILL and rmSync,
 * the only things that still work there.
 */
export interface CleanupStep {
  readonly describe: string;
  dispose(): Promise<void> | void;
  /** Run from the process 'exit' hook when dispose() never ran; must be synchronous. */
  emergency?(): void;
}

const liveScopes = new Set<CleanupScope>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const scope of liveScopes) scope.runEmergencyActions();
  });
}

/** A step that failed to clean up: what it was and why, for the run's report. */
export interface CleanupFailure {
  readonly step: string;
  readonly reason: string;
}

export class CleanupScope {
  private readonly steps: CleanupStep[] = [];
  private disposing: Promise<readonly CleanupFailure[]> | undefined;

  constructor() {
    installExitHook();
    liveScopes.add(this);
  }

  add(step: CleanupStep): void {
    this.steps.push(step);
  }

  /** Undoes every step once, newest first; later calls get the same outcome. */
  dispose(): Promise<readonly CleanupFailure[]> {
    this.disposing ??= this.disposeAll();
    return this.disposing;
  }

  private async disposeAll(): Promise<readonly CleanupFailure[]> {
    const failures: CleanupFailure[] = [];
    while (this.steps.length > 0) {
      const step = this.steps.pop() as CleanupStep;
      try {
        await step.dispose();
      } catch (error) {
        failures.push({ step: step.describe, reason: (error as Error).message });
      }
    }
    liveScopes.delete(this);
    return failures;
  }

  runEmergencyActions(): void {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        step.emergency?.();
      } catch {
        // The process is exiting: there is no one left to tell, and the next step may still succeed.
      }
    }
  }
}
