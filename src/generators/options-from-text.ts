/**
 * Option values typed as text (`--option limit=5` on the command line) turned into the values the schema takes,
 * by each option's declared type: integers and numbers must be whole numeric text, booleans `true` or `false`,
 * strings and enums stay text (the schema then checks them). A problem names the option.
 */
import type { Generator } from './define-generator.js';
import { describeGenerator } from './describe-generator.js';
import { GeneratorOptionsError, type OptionProblem } from './generator-errors.js';

export function optionsFromText(generator: Generator, pairs: readonly (readonly [name: string, text: string])[]): Record<string, unknown> {
  const declared = new Map(describeGenerator(generator).options.map((option) => [option.name, option]));
  const options: Record<string, unknown> = {};
  const problems: OptionProblem[] = [];
  for (const [name, text] of pairs) {
    const option = declared.get(name);
    if (!option) {
      problems.push({ option: name, message: `not an option of '${generator.id}' (its options are ${[...declared.keys()].join(', ')})` });
      continue;
    }
    if (option.type === 'integer' || option.type === 'number') {
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value)) problems.push({ option: name, message: `expected a number, got '${text}'` });
      else options[name] = value;
    } else if (option.type === 'boolean') {
      if (text === 'true' || text === 'false') options[name] = text === 'true';
      else problems.push({ option: name, message: `expected true or false, got '${text}'` });
    } else {
      options[name] = text;
    }
  }
  if (problems.length > 0) throw new GeneratorOptionsError(generator.id, problems);
  return options;
}
