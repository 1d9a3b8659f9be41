/**
 * A minimal JSON-RPC 2.0 client over a child process's stdio, newline-delimited as MCP's stdio transport is.
 * Written by hand rather than taken from the SDK so that the cold-start figure contains the server's work and
 * the spawn, not the client library's own loading.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface RpcResponse {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly message: string };
}

interface Pending {
  readonly resolve: (response: RpcResponse) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class StdioRpcClient {
  private readonly child: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<void>;
  private nextId = 1;
  private buffer = '';
  private stderr = '';

  constructor(command: string, args: readonly string[], cwd: string) {
    this.child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    // 'close' rather than 'exit': it comes after stdout and stderr are drained, so `stderrText` is complete.
    this.exited = new Promise((resolve) => this.child.once('close', () => resolve()));
    this.child.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.receive(chunk));
    this.child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.child.once('exit', (code) => this.failAll(new Error(`server exited (${code}) before answering: ${this.stderr.trim()}`)));
    this.child.once('error', (error) => this.failAll(error));
  }

  request(method: string, params: object, timeoutMs = 15_000): Promise<RpcResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms: ${this.stderr.trim()}`));
      }, timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: object = {}): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Everything the server wrote to stderr so far; complete once `close()` has resolved. */
  get stderrText(): string {
    return this.stderr;
  }

  /** Ends the server the way a client does (stdin closed), then by signal if it lingers; resolves on exit. */
  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.stdin?.end();
    const lingering = setTimeout(() => this.child.kill('SIGTERM'), 500);
    await this.exited;
    clearTimeout(lingering);
  }

  private send(message: object): void {
    this.child.stdin?.write(`${JSON.stringify(message)}\n`);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (line === '') continue;
      try {
        this.dispatch(JSON.parse(line) as Partial<RpcResponse>);
      } catch (error) {
        // stdout must carry nothing but the protocol; anything else fails the run instead of being skipped.
        this.failAll(new Error(`server wrote a non-JSON line to stdout: ${line.slice(0, 120)} (${(error as Error).message})`));
      }
    }
  }

  private dispatch(message: Partial<RpcResponse>): void {
    // Server-initiated requests and notifications (logging, list_changed) are not answers; they are ignored.
    if (typeof message.id !== 'number') return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    pending.resolve(message as RpcResponse);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) {
      clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }
}
