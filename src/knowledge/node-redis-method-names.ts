/**
 * node-redis answers to two names for each command, `lPop` and `LPOP` (and for a few methods of the client and of
 * its multi: `multi` and `MULTI`, `exec` and `EXEC`). The codemod knows each by its camelCase name; this gives
 * that name for the one a program wrote.
 */
import { NODE_REDIS_UPPERCASE_ALIASES } from './generated/node-redis-aliases.js';

/** The camelCase name of the node-redis method a program called by `written` (itself when it is one). */
export function nodeRedisMethodName(written: string): string {
  return Object.hasOwn(NODE_REDIS_UPPERCASE_ALIASES, written) ? NODE_REDIS_UPPERCASE_ALIASES[written] : written;
}

/** The name the codemod knows a source client's method by: node-redis' camelCase one, ioredis' as written. */
export function knownMethodName(library: 'ioredis' | 'node-redis', written: string): string {
  return library === 'node-redis' ? nodeRedisMethodName(written) : written;
}
