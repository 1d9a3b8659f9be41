/**
 * A generator as data, for `generate --list --json` and MCP: its id, title, summary, targets and each option's
 * type, default, description and bounds, read from the zod schema itself so the listing cannot disagree with
 * what `generate` accepts.
 */
import { z } from 'zod';
import type { Generator, Language, ModuleSystem, Topology } from './define-generator.js';

export interface OptionDescription {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean' | 'enum';
  readonly default: unknown;
  readonly description: string;
  readonly values?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  /** Set for options that must be JavaScript identifiers. */
  readonly identifier?: boolean;
}

export interface GeneratorDescription {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly languages: readonly Language[];
  readonly moduleSystems: readonly ModuleSystem[];
  readonly topologies: readonly Topology[];
  readonly options: readonly OptionDescription[];
}

export function describeGenerator(generator: Generator): GeneratorDescription {
  return {
    id: generator.id,
    title: generator.title,
    summary: generator.summary,
    languages: generator.languages,
    moduleSystems: generator.moduleSystems,
    topologies: generator.topologies,
    options: Object.entries(generator.options.shape).map(([name, schema]) => describeOption(name, schema as z.ZodTypeAny)),
  };
}

function describeOption(name: string, schema: z.ZodTypeAny): OptionDescription {
  const withDefault = schema as z.ZodDefault<z.ZodTypeAny>;
  const fallback: unknown = withDefault._def.defaultValue();
  const description = schema.description ?? '';
  let inner = withDefault._def.innerType;
  let identifier = false;
  // Refinements (identifier checks) wrap the string schema, once per check.
  while (inner instanceof z.ZodEffects) {
    identifier = true;
    inner = inner._def.schema;
  }
  if (inner instanceof z.ZodEnum) return { name, type: 'enum', default: fallback, description, values: inner.options as string[] };
  if (inner instanceof z.ZodBoolean) return { name, type: 'boolean', default: fallback, description };
  if (inner instanceof z.ZodNumber) {
    return {
      name,
      type: inner.isInt ? 'integer' : 'number',
      default: fallback,
      description,
      ...(inner.minValue !== null ? { minimum: inner.minValue } : {}),
      ...(inner.maxValue !== null ? { maximum: inner.maxValue } : {}),
    };
  }
  if (inner instanceof z.ZodString) {
    return { name, type: 'string', default: fallback, description, ...(inner.maxLength !== null ? { maxLength: inner.maxLength } : {}), ...(identifier ? { identifier } : {}) };
  }
  throw new Error(`option '${name}': a schema describeGenerator does not know (${inner.constructor.name})`);
}
