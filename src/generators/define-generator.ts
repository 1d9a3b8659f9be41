/**
 * The generator contract. A generator is a typed unit: a kebab-case id, a title, a zod options schema whose every
 * option has a default and a description, the languages, module systems and topologies it supports, and a
 * `build` that returns the files of a small project. Code is built as syntax trees from fixed template text with
 * user values in holes as literals (module-template.ts), never spliced into text.
 *
 * `defineGenerator` checks the definition when the module loads (an option without a description or default is a
 * defect found at once, not by a user), and wraps `build` so that options are parsed by the schema first.
 */
import { z } from 'zod';
import { GeneratorOptionsError, UnsupportedTargetError } from './generator-errors.js';

export const LANGUAGES = ['ts', 'js'] as const;
export const MODULE_SYSTEMS = ['esm', 'cjs'] as const;
export const TOPOLOGIES = ['standalone', 'cluster'] as const;

export type Language = (typeof LANGUAGES)[number];
export type ModuleSystem = (typeof MODULE_SYSTEMS)[number];
export type Topology = (typeof TOPOLOGIES)[number];

export interface GeneratorTarget {
  readonly language: Language;
  readonly moduleSystem: ModuleSystem;
  readonly topology: Topology;
}

export const DEFAULT_TARGET: GeneratorTarget = { language: 'ts', moduleSystem: 'esm', topology: 'standalone' };

/** One file of the generated project; `path` is relative to the output folder, with `/` separators. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

export type OptionsSchema = z.ZodObject<z.ZodRawShape, 'strict'>;

export interface GeneratorDefinition<Schema extends OptionsSchema> {
  readonly id: string;
  readonly title: string;
  /** One sentence: what the generated code does and what its demo proves. */
  readonly summary: string;
  readonly options: Schema;
  readonly languages: readonly Language[];
  readonly moduleSystems: readonly ModuleSystem[];
  readonly topologies: readonly Topology[];
  build(options: z.output<Schema>, target: GeneratorTarget): GeneratedFile[];
}

export interface Generator extends Omit<GeneratorDefinition<OptionsSchema>, 'build'> {
  /**
   * Parses `options` with the schema (defaults filled in), checks the target (what it leaves out is DEFAULT_TARGET's,
   * or the generator's own topology when it does not support standalone), builds the files.
   */
  generate(options: unknown, target?: Partial<GeneratorTarget>): GeneratedFile[];
}

export class GeneratorDefinitionError extends Error {
  constructor(id: string, problem: string) {
    super(`generator '${id}': ${problem}`);
    this.name = 'GeneratorDefinitionError';
  }
}

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function defineGenerator<Schema extends OptionsSchema>(definition: GeneratorDefinition<Schema>): Generator {
  checkDefinition(definition);
  const { build, ...facts } = definition;
  return {
    ...facts,
    generate(rawOptions, partialTarget = {}) {
      const target = { ...defaultTargetOf(definition), ...partialTarget };
      checkTarget(definition, target);
      const parsed = definition.options.safeParse(rawOptions ?? {});
      if (!parsed.success) {
        throw new GeneratorOptionsError(
          definition.id,
          parsed.error.issues.map((issue) => ({ option: optionNameOf(issue), message: issue.message })),
        );
      }
      return build(parsed.data, target);
    },
  };
}

/** DEFAULT_TARGET, with the generator's first topology when it does not support standalone (`cluster-client`). */
function defaultTargetOf(definition: GeneratorDefinition<OptionsSchema>): GeneratorTarget {
  const topology = definition.topologies.includes(DEFAULT_TARGET.topology) ? DEFAULT_TARGET.topology : definition.topologies[0];
  return { ...DEFAULT_TARGET, topology };
}

function optionNameOf(issue: z.ZodIssue): string {
  if (issue.path.length > 0) return issue.path.join('.');
  if (issue.code === 'unrecognized_keys') return issue.keys.join(', ');
  return '(options)';
}

function checkDefinition(definition: GeneratorDefinition<OptionsSchema>): void {
  const fail = (problem: string) => {
    throw new GeneratorDefinitionError(definition.id, problem);
  };
  if (!KEBAB_CASE.test(definition.id)) fail('the id must be kebab-case');
  if (definition.languages.length === 0 || definition.moduleSystems.length === 0 || definition.topologies.length === 0) {
    fail('it must support at least one language, module system and topology');
  }
  for (const [name, schema] of Object.entries(definition.options.shape)) {
    if (!(schema instanceof z.ZodDefault)) fail(`the option '${name}' has no default`);
    if (!schema.description) fail(`the option '${name}' has no description`);
  }
}

function checkTarget(definition: GeneratorDefinition<OptionsSchema>, target: GeneratorTarget): void {
  if (!definition.languages.includes(target.language)) throw new UnsupportedTargetError(definition.id, 'the language', target.language, definition.languages);
  if (!definition.moduleSystems.includes(target.moduleSystem)) {
    throw new UnsupportedTargetError(definition.id, 'the module system', target.moduleSystem, definition.moduleSystems);
  }
  if (!definition.topologies.includes(target.topology)) throw new UnsupportedTargetError(definition.id, 'the topology', target.topology, definition.topologies);
}
