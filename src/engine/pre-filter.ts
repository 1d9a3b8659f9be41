/**
 * A cheap look at the raw text before parsing: only files that name a client library module are parsed in
 * the first pass. It may say yes too often (a comment mentioning ioredis); the analysis then finds nothing.
 */
const MODULE_MENTIONS = ["'ioredis'", '"ioredis"', "'redis'", '"redis"', "'@redis/", '"@redis/', '`ioredis`', '`redis`'];

/** A file an earlier run left TODOs in is read again, so that the report still lists them. */
const LEFT_TODO = 'TODO(glide-codemod)';

export function mentionsClientLibrary(text: string): boolean {
  return MODULE_MENTIONS.some((mention) => text.includes(mention)) || text.includes(LEFT_TODO);
}
