/**
 * The progress bar a long run shows on a terminal (cli-progress draws it): only when stderr is a terminal, only
 * once a run turns out to have at least `threshold` files (a short run finishes before a bar would help), never
 * with `--quiet`, and gone from the screen when the run ends, so stdout's diff and summary read as without it.
 */
import cliProgress from 'cli-progress';

/** A terminal stream the bar draws on: process.stderr, or a test's stand-in. */
export type TerminalStream = NodeJS.WritableStream & { readonly isTTY?: boolean };

export interface ProgressBar {
  readonly update: (done: number, total: number, file: string) => void;
  readonly stop: () => void;
}

export const PROGRESS_THRESHOLD = 200;

export function progressBar(stream: TerminalStream | undefined, options: { readonly quiet: boolean; readonly threshold?: number; readonly noun?: string }): ProgressBar | undefined {
  if (options.quiet || !stream?.isTTY) return undefined;
  const threshold = options.threshold ?? PROGRESS_THRESHOLD;
  let bar: cliProgress.SingleBar | undefined;
  return {
    update(done, total, file) {
      if (total < threshold) return;
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream, format: `${options.noun ?? 'files'} [{bar}] {value}/{total} {file}`, hideCursor: true, clearOnComplete: true, etaBuffer: 50 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { file: '' });
      }
      bar.update(done, { file });
    },
    stop() {
      bar?.stop();
    },
  };
}
