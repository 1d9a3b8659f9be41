/**
 * What in the command catalogue disagrees with GLIDE's declarations: a method GLIDE does not have, or a call
 * shape its parameters cannot take. One line per problem, naming the entry.
 */
import type { CommandEntry } from '../../src/knowledge/commands/catalogue.js';
import type { GlideMethod, GlideParameter } from '../../src/knowledge/glide-declarations.js';

const isList = (parameter: GlideParameter | undefined) => parameter !== undefined && /\[\]$/.test(parameter.type.trim());
const required = (signature: readonly GlideParameter[]) => signature.filter((parameter) => !parameter.optional).length;
const parametersOf = (method: GlideMethod) => method.signatures.map((signature) => signature.parameters);

/** Whether one of the method's signatures takes the call shape the entry's migration produces. */
function shapeFits(entry: CommandEntry, method: GlideMethod): string | undefined {
  const { migration } = entry;
  const fits = (test: (signature: readonly GlideParameter[]) => boolean) => parametersOf(method).some(test);
  switch (migration.rule) {
    case 'same-shape-commands': {
      const count = migration.parameters.length;
      if (!fits((signature) => required(signature) <= count && count <= signature.length)) {
        return `takes ${count} positional argument(s), which no signature of ${method.name}() accepts`;
      }
      const decodes = (signature: readonly GlideParameter[]) => /DecoderOption/.test(signature[count]?.type ?? '');
      if (entry.ioredisBuffer?.length && !fits(decodes)) {
        return `passes { decoder } at position ${count + 1} for its Buffer twins, where ${method.name}() takes no DecoderOption`;
      }
      return entry.nodeRedisBuffers === 'call' && !fits(decodes)
        ? `passes { decoder } at position ${count + 1} for node-redis' per-call Buffer mapping, where ${method.name}() takes no DecoderOption`
        : undefined;
    }
    case 'variadic-arguments-to-array':
      return fits((signature) => required(signature) <= migration.leading + 1 && isList(signature[migration.leading]))
        ? undefined
        : `passes a list after ${migration.leading} argument(s), where ${method.name}() takes none`;
    case 'boolean-reply-to-integer': {
      const count = migration.parameters.length;
      if (migration.takes === 'member-list') {
        return fits((signature) => isList(signature[count])) ? undefined : `passes a member list at position ${count + 1}, where ${method.name}() takes none`;
      }
      const withOption = migration.takes === 'expire-option' ? count + 1 : count;
      return fits((signature) => required(signature) <= count && withOption <= signature.length)
        ? undefined
        : `takes ${withOption} argument(s), which no signature of ${method.name}() accepts`;
    }
    case 'zcombine-with-scores':
    case 'key-count-to-array': {
      const leading = migration.rule === 'key-count-to-array' ? migration.leading : 0;
      return fits((signature) => isList(signature[leading]))
        ? undefined
        : `passes a key list after ${leading} argument(s), where ${method.name}() takes none`;
    }
    case 'custom-command':
      return method.name === 'customCommand' ? undefined : `is sent with customCommand, but names ${method.name}()`;
    default:
      return undefined;
  }
}

export function catalogueDrift(entries: readonly CommandEntry[], methods: ReadonlyMap<string, GlideMethod>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const name of [entry.glide, ...(entry.glideAlso ?? [])]) {
      if (!methods.has(name)) problems.push(`${entry.command}: GLIDE has no method ${name}()`);
    }
    // The per-call decoder is written after the positional parameters, which only same-shape entries know.
    if (entry.nodeRedisBuffers === 'call' && entry.migration.rule !== 'same-shape-commands') {
      problems.push(`${entry.command}: proven for node-redis' per-call Buffer mapping, but migrated by ${entry.migration.rule}, not same-shape-commands`);
    }
    const method = methods.get(entry.glide);
    const misfit = method && shapeFits(entry, method);
    if (misfit) problems.push(`${entry.command}: ${misfit}`);
  }
  return problems;
}

/** GLIDE methods neither catalogued nor excluded with a reason, and exclusions that name no method or a catalogued one. */
export function uncataloguedMethods(
  entries: readonly CommandEntry[],
  excluded: Readonly<Record<string, { readonly reason: string }>>,
  methods: ReadonlyMap<string, GlideMethod>,
): string[] {
  const catalogued = new Set(entries.flatMap((entry) => [entry.glide, ...(entry.glideAlso ?? [])]));
  const problems: string[] = [];
  for (const name of methods.keys()) {
    if (!catalogued.has(name) && !Object.hasOwn(excluded, name)) problems.push(`${name}(): neither in the catalogue nor excluded with a reason`);
  }
  for (const name of Object.keys(excluded)) {
    if (!methods.has(name)) problems.push(`${name}(): excluded, but GLIDE has no such method`);
    if (catalogued.has(name)) problems.push(`${name}(): excluded, but the catalogue has it`);
  }
  return problems;
}
