/**
 * The shape of `explain`'s answer: one zod schema, from which the TypeScript types come, so the CLI's JSON and the
 * MCP tool's structured output are the same thing.
 */
import { z } from 'zod';
import { COMMAND_FAMILIES } from './commands/types.js';

const family = z.enum(COMMAND_FAMILIES);

export const glideMethodFactsSchema = z
  .object({
    method: z.string(),
    declaredOn: z.enum(['BaseClient', 'GlideClient']),
    signatures: z.array(z.string()),
    summary: z.string(),
  })
  .strict();

export const commandExampleSchema = z
  .object({
    library: z.enum(['ioredis', 'node-redis']),
    fixture: z.string().describe('The golden case it comes from, relative to fixtures/'),
    before: z.string(),
    after: z.string(),
  })
  .strict();

export const commandExplanationSchema = z
  .object({
    command: z.string(),
    family,
    docs: z.string(),
    names: z.object({ ioredis: z.array(z.string()), nodeRedis: z.array(z.string()), glide: z.array(z.string()) }).strict(),
    glide: z.array(glideMethodFactsSchema).describe('From the installed declarations; empty when GLIDE is not installed where the question was asked'),
    differences: z.string(),
    migration: z.object({ automatic: z.literal(true), rule: z.string(), ruleDocs: z.string() }).strict(),
    examples: z.array(commandExampleSchema),
  })
  .strict();

export const explainResultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('commands'), name: z.string(), commands: z.array(commandExplanationSchema), glideInstalled: z.boolean() }).strict(),
  z
    .object({
      kind: z.literal('glide-method'),
      name: z.string(),
      glide: glideMethodFactsSchema.optional(),
      migration: z.object({ automatic: z.literal(false), reason: z.string() }).strict(),
      family: family.optional(),
      glideInstalled: z.boolean(),
    })
    .strict(),
  z.object({ kind: z.literal('unknown'), name: z.string(), suggestions: z.array(z.string()) }).strict(),
  z
    .object({
      kind: z.literal('search'),
      words: z.string(),
      matches: z.array(z.object({ command: z.string(), family, names: z.array(z.string()) }).strict()),
    })
    .strict(),
]);

export type GlideMethodFacts = z.infer<typeof glideMethodFactsSchema>;
export type CommandExplanation = z.infer<typeof commandExplanationSchema>;
export type ExplainResult = z.infer<typeof explainResultSchema>;
