/**
 * A cheap look at the raw text before parsing: only files that name a client library module are parsed in
 * the first pass. It may say yes too often (a comment mentioning ioredis); the analysis then finds nothing.
 */
const MODULE_MENTIONS = ["'ioredis'", '"ioredis"', "'redis'", '"redis"', "'@redis/", '"@redis/', '`ioredis`', '`redis`'];

export function mentionsClientLibrary(text: string): boolean {
  return MODULE_MENTIONS.some((mention) => text.includes(mention));
}
