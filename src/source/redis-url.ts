/**
 * Reads a literal `redis://` / `rediss://` URL (or ioredis' `host:port` shorthand) into connection settings at
 * migration time, with the rules both clients follow: percent-decoded credentials, the path `/N` as the
 * database, `?db=N` as a query option, brackets stripped from IPv6 hosts, `rediss:` turning TLS on.
 */
import type { JSCodeshift } from 'jscodeshift';
import { offer, type ConnectionSettings } from './connection-settings.js';

/** Returns false when the text is not a URL this reader understands (the caller flags the construction). */
export function readRedisUrl(j: JSCodeshift, text: string, settings: ConnectionSettings): boolean {
  if (!text.includes('://')) {
    const shorthand = /^([^:/]+):(\d+)$/.exec(text);
    if (!shorthand) return false;
    offer(settings, 'host', j.stringLiteral(shorthand[1]));
    offer(settings, 'port', j.numericLiteral(Number(shorthand[2])));
    return true;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false; // not a URL: the construction is flagged by the caller
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:' && url.protocol !== 'valkey:' && url.protocol !== 'valkeys:') {
    return false;
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  offer(settings, 'host', j.stringLiteral(host || 'localhost'));
  offer(settings, 'port', j.numericLiteral(url.port ? Number(url.port) : 6379));
  if (url.username) offer(settings, 'username', j.stringLiteral(decodeURIComponent(url.username)));
  if (url.password) offer(settings, 'password', j.stringLiteral(decodeURIComponent(url.password)));
  const database = url.pathname.slice(1) || url.searchParams.get('db');
  if (database && /^\d+$/.test(database)) offer(settings, 'databaseId', j.numericLiteral(Number(database)));
  if (url.protocol === 'rediss:' || url.protocol === 'valkeys:') offer(settings, 'useTLS', j.booleanLiteral(true));
  return true;
}
