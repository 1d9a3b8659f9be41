/**
 * Where a Valkey server listens, read from a `redis://` / `valkey://` URL (or `rediss://` / `valkeys://` for TLS),
 * with its credentials. The same address gives the programs their environment (VALKEY_HOST,
 * VALKEY_PORT, REDIS_URL, VALKEY_URL) and verify its own connection, so both always talk to the same server.
 */
import { InvalidServerUrlError } from './verify-errors.js';

const PLAIN_SCHEMES = new Set(['redis:', 'valkey:']);
const TLS_SCHEMES = new Set(['rediss:', 'valkeys:']);
const DEFAULT_PORT = 6379;

export class ServerAddress {
  private constructor(
    readonly host: string,
    readonly port: number,
    readonly tls: boolean,
    readonly username: string | undefined,
    readonly password: string | undefined,
    /** The URL as given: programs get it verbatim, credentials included. */
    readonly url: string,
  ) {}

  static ofLoopbackPort(port: number): ServerAddress {
    return new ServerAddress('127.0.0.1', port, false, undefined, undefined, `redis://127.0.0.1:${port}`);
  }

  static parse(url: string): ServerAddress {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new InvalidServerUrlError(url, 'it does not parse as a URL');
    }
    const secure = TLS_SCHEMES.has(parsed.protocol);
    if (!secure && !PLAIN_SCHEMES.has(parsed.protocol)) throw new InvalidServerUrlError(url, `unknown scheme ${parsed.protocol}`);
    if (!parsed.hostname) throw new InvalidServerUrlError(url, 'it names no host');
    const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
    const username = parsed.username ? decodeURIComponent(parsed.username) : undefined;
    const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
    return new ServerAddress(host, parsed.port ? Number(parsed.port) : DEFAULT_PORT, secure, username, password, url);
  }

  /** host:port, without the credentials, for messages. */
  get display(): string {
    return `${this.host.includes(':') ? `[${this.host}]` : this.host}:${this.port}`;
  }

  /** What a program run against this server finds in its environment. */
  environment(): Record<string, string> {
    return { VALKEY_HOST: this.host, VALKEY_PORT: String(this.port), REDIS_URL: this.url, VALKEY_URL: this.url };
  }
}
