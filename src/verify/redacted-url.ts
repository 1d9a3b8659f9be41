/**
 * A server URL as a message may show it: its password replaced by `***` (`redis://app:***@cache:6379/0`), whether or
 * not the rest parses, so a mistyped `--valkey-url` is never echoed with its secret.
 */
export function redactedUrl(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme < 0) return url;
  const start = scheme + 3;
  const ends = ['/', '?', '#'].map((mark) => url.indexOf(mark, start)).filter((index) => index >= 0);
  const authorityEnd = ends.length > 0 ? Math.min(...ends) : url.length;
  const at = url.lastIndexOf('@', authorityEnd - 1);
  if (at < start) return url;
  const userinfo = url.slice(start, at);
  const colon = userinfo.indexOf(':');
  // `redis://secret@host` names a password alone (as ioredis and node-redis read it): all of it is hidden.
  const shown = colon >= 0 ? `${userinfo.slice(0, colon)}:***` : '***';
  return `${url.slice(0, start)}${shown}${url.slice(at)}`;
}
