/**
 * The generators' golden cases, found by walking `fixtures/generators/<id>/<case>/`: a `case.json` (the options
 * and the target) and `expected/`, the files the generator must produce byte for byte. Adding a case means adding
 * files. A case whose demo cannot run against a plain local server (TLS) says why in `noDemo`; a case whose demo
 * runs but cannot reach its happy path there (the json demo: the test server has no JSON module) gives the exit
 * code and the text its output must show instead in `demoExit`, and why.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { GENERATOR_FIXTURES_ROOT } from './fixture-cases.js';

export const generatorCaseSchema = z
  .object({
    description: z.string().min(1),
    options: z.record(z.unknown()),
    target: z.object({ language: z.enum(['ts', 'js']), moduleSystem: z.enum(['esm', 'cjs']), topology: z.enum(['standalone', 'cluster']) }).strict(),
    noDemo: z.string().min(1).optional(),
    demoExit: z.object({ code: z.number().int().min(1).max(255), output: z.string().min(1), why: z.string().min(1) }).strict().optional(),
  })
  .strict();

export type GeneratorCaseDescription = z.infer<typeof generatorCaseSchema>;

export interface GeneratorCase {
  /** `distributed-lock/ts-esm-defaults`. */
  readonly name: string;
  readonly generatorId: string;
  readonly directory: string;
  readonly expectedDirectory: string;
  readonly description: GeneratorCaseDescription;
}

export function findGeneratorCases(root = GENERATOR_FIXTURES_ROOT): GeneratorCase[] {
  if (!existsSync(root)) return [];
  const subfolders = (directory: string) => readdirSync(directory).sort().filter((entry) => statSync(path.join(directory, entry)).isDirectory());
  return subfolders(root).flatMap((generatorId) =>
    subfolders(path.join(root, generatorId)).map((caseName) => {
      const directory = path.join(root, generatorId, caseName);
      const caseFile = path.join(directory, 'case.json');
      const parsed = generatorCaseSchema.safeParse(JSON.parse(readFileSync(caseFile, 'utf8')));
      if (!parsed.success) throw new Error(`${path.relative(root, caseFile)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
      return { name: `${generatorId}/${caseName}`, generatorId, directory, expectedDirectory: path.join(directory, 'expected'), description: parsed.data };
    }),
  );
}
