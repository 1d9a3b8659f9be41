/**
 * The source clients the codemod reads: ioredis and node-redis (npm `redis`, v4 and later).
 */
export type SourceLibrary = 'ioredis' | 'node-redis';
