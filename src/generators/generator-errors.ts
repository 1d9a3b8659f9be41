/**
 * What `generate` refuses, as typed errors the doors turn into usage messages (CLI exit 2, an MCP tool error):
 * an id no generator has, a target a generator does not support, and options that fail the generator's schema,
 * each problem naming the option.
 */
export class UnknownGeneratorError extends Error {
  readonly id: string;
  constructor(id: string, known: readonly string[]) {
    super(`there is no generator '${id}'; the generators are ${known.join(', ')}`);
    this.name = 'UnknownGeneratorError';
    this.id = id;
  }
}

export class UnsupportedTargetError extends Error {
  constructor(id: string, what: string, value: string, supported: readonly string[]) {
    super(`the generator '${id}' does not support ${what} '${value}' (it supports ${supported.join(', ')})`);
    this.name = 'UnsupportedTargetError';
  }
}

export interface OptionProblem {
  /** The option's name (`keyPrefix`), or `(options)` for a problem with the whole object (an unknown option). */
  readonly option: string;
  readonly message: string;
}

export class GeneratorOptionsError extends Error {
  readonly problems: readonly OptionProblem[];
  constructor(id: string, problems: readonly OptionProblem[]) {
    super(`invalid options for '${id}': ${problems.map((problem) => `${problem.option}: ${problem.message}`).join('; ')}`);
    this.name = 'GeneratorOptionsError';
    this.problems = problems;
  }
}
