/** What `explain` is asked: a name, or words to search for. One schema for every door. */
import { z } from 'zod';

export const explainInputSchema = z.union([
  z.object({ name: z.string().trim().min(1).describe('A Redis command (ZADD), an ioredis or node-redis method (zadd, zAdd) or a GLIDE method') }).strict(),
  z.object({ search: z.string().trim().min(1).describe('Words to look for in command names and differences') }).strict(),
]);

export type ExplainInput = z.infer<typeof explainInputSchema>;
