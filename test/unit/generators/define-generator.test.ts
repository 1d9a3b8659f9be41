/** The generator contract refuses a malformed definition at load time and parses options before building. */
import { expect } from 'chai';
import { z } from 'zod';
import { defineGenerator, GeneratorDefinitionError, type GeneratedFile } from '../../../src/generators/define-generator.js';
import { GeneratorOptionsError, UnsupportedTargetError } from '../../../src/generators/generator-errors.js';

const echo = (options: unknown): GeneratedFile[] => [{ path: 'options.json', text: JSON.stringify(options) }];
const definition = {
  id: 'example-pattern',
  title: 'Example',
  summary: 'An example.',
  options: z.object({ limit: z.number().int().min(1).default(3).describe('How many.') }).strict(),
  languages: ['ts'] as const,
  moduleSystems: ['esm'] as const,
  topologies: ['standalone'] as const,
  build: echo,
};

describe('defineGenerator', function () {
  it('fills the defaults before building', function () {
    expect(defineGenerator(definition).generate({})).to.deep.equal([{ path: 'options.json', text: '{"limit":3}' }]);
  });

  it('refuses an id that is not kebab-case', function () {
    expect(() => defineGenerator({ ...definition, id: 'Example_Pattern' })).to.throw(GeneratorDefinitionError, 'the id must be kebab-case');
  });

  it('refuses an option without a default or without a description', function () {
    expect(() => defineGenerator({ ...definition, options: z.object({ limit: z.number().describe('How many.') }).strict() })).to.throw(
      GeneratorDefinitionError,
      "the option 'limit' has no default",
    );
    expect(() => defineGenerator({ ...definition, options: z.object({ limit: z.number().default(3) }).strict() })).to.throw(
      GeneratorDefinitionError,
      "the option 'limit' has no description",
    );
  });

  it('names each option that fails, and unknown options', function () {
    const generator = defineGenerator(definition);
    expect(() => generator.generate({ limit: 0 })).to.throw(GeneratorOptionsError, 'limit: Number must be greater than or equal to 1');
    try {
      generator.generate({ limit: 2, colour: 'blue' });
      expect.fail('an unknown option was accepted');
    } catch (error) {
      expect((error as GeneratorOptionsError).problems.map((problem) => problem.option)).to.deep.equal(['colour']);
    }
  });

  it('refuses a target it does not support', function () {
    expect(() => defineGenerator(definition).generate({}, { language: 'js' })).to.throw(UnsupportedTargetError, "does not support the language 'js'");
    expect(() => defineGenerator(definition).generate({}, { topology: 'cluster' })).to.throw(UnsupportedTargetError, "the topology 'cluster'");
  });

  it("takes the generator's own topology when the target leaves it out and standalone is not supported", function () {
    const clusterOnly = defineGenerator({ ...definition, topologies: ['cluster'] as const, build: (_options: unknown, target: unknown) => [{ path: 'target.json', text: JSON.stringify(target) }] });
    expect(clusterOnly.generate({})).to.deep.equal([{ path: 'target.json', text: '{"language":"ts","moduleSystem":"esm","topology":"cluster"}' }]);
    expect(() => clusterOnly.generate({}, { topology: 'standalone' })).to.throw(UnsupportedTargetError, "the topology 'standalone'");
  });
});
