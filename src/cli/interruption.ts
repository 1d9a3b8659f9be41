/**
 * Ctrl-C (SIGINT) and SIGTERM during a command that writes: the run is told to stop through an AbortSignal
 * instead of the process dying where it stands, so a write in progress keeps every original (see the engine's
 * write-files.ts) and the command can say what happened. A second signal while stopping is ignored: stopping
 * takes at most the time to put one file's backup back per file already renamed.
 */
export interface Interruption {
  readonly signal: AbortSignal;
  /** The signal that stopped the run, once one did. */
  readonly received: () => NodeJS.Signals | undefined;
  /** Puts the default handling back. */
  readonly release: () => void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export function watchForInterruption(): Interruption {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (name: NodeJS.Signals) => {
    received ??= name;
    controller.abort(new Error(`interrupted by ${name}`));
  };
  for (const name of SIGNALS) process.on(name, onSignal);
  return {
    signal: controller.signal,
    received: () => received,
    release: () => {
      for (const name of SIGNALS) process.off(name, onSignal);
    },
  };
}

/** The exit code of a command a signal stopped: 128 + the signal's number, as a shell reports it. */
export function exitCodeFor(name: NodeJS.Signals): number {
  return name === 'SIGINT' ? 130 : 143;
}
