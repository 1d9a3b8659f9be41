/**
 * `generate`: the files of a generator's project for options and a target, or a typed error that says what to
 * change (an unknown id, an unsupported target, options that fail the schema, each naming the option).
 */
import type { GeneratedFile, GeneratorTarget } from './define-generator.js';
import { UnknownGeneratorError } from './generator-errors.js';
import { GENERATORS, findGenerator } from './index.js';

export interface GenerateRequest {
  readonly id: string;
  /** Raw option values; the generator's schema parses them and fills the defaults. */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly target?: Partial<GeneratorTarget>;
}

export interface GenerateResult {
  readonly id: string;
  readonly files: readonly GeneratedFile[];
}

export function generate(request: GenerateRequest): GenerateResult {
  const generator = findGenerator(request.id);
  if (!generator) throw new UnknownGeneratorError(request.id, GENERATORS.map((known) => known.id));
  return { id: generator.id, files: generator.generate(request.options ?? {}, request.target) };
}
