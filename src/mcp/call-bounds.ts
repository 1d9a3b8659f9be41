/**
 * The bounds of one project call: the server's size limits for the engine, and a signal that stops the run when
 * the client cancels or the call outlives the server's time limit. A run stopped by the time limit is an
 * `isError` result that names the limit (and wrote nothing), not a cancellation.
 */
import type { RunLimits } from '../index.js';
import type { ToolExtra } from './define-tool.js';
import type { ServerLimits } from './limits.js';

export interface CallBounds {
  readonly limits: RunLimits;
  readonly signal: AbortSignal;
  readonly workers?: number;
}

/**
 * Runs `work` within the call's bounds; a run the time limit stopped becomes an InvalidRequestError naming it.
 * (The two signals are joined by hand: Node 20's `AbortSignal.any` holds its sources weakly, and a timeout signal
 * nothing else refers to can be collected before it fires.)
 */
export async function withinBounds<T>(limits: ServerLimits, extra: ToolExtra, work: (bounds: CallBounds) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort(extra.signal.reason);
  extra.signal.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(() => controller.abort(new Error('the call outlived its time limit')), limits.callSeconds * 1000);
  const bounds: CallBounds = { limits: { files: limits.files, fileBytes: limits.fileBytes, totalBytes: limits.totalBytes }, signal: controller.signal, workers: limits.workers };
  try {
    return await work(bounds);
  } catch (error) {
    if (!bounds.signal.aborted || extra.signal.aborted) throw error;
    const { InvalidRequestError } = await import('../index.js');
    throw new InvalidRequestError(`the call ran longer than this server's limit of ${limits.callSeconds} s and was stopped; nothing was written. Name fewer paths, or start the server with --max-call-seconds <n>`);
  } finally {
    clearTimeout(timer);
    extra.signal.removeEventListener('abort', stop);
  }
}
