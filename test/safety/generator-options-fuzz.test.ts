/**
 * Option fuzzing: 1,000 option sets for random generators and targets, with hostile strings (quotes, backticks,
 * comment ends, `${`, line terminators, lone surrogates, emoji) in text, identifier, enum and number options, and
 * names the generated code already uses (or JavaScript reserves) in identifier options.
 * Each either fails with a GeneratorOptionsError naming an option of the set, or generates code that parses and
 * in which the hostile strings are only string literals: the program's tree equals, node for node, the one
 * generated with harmless placeholders in their place.
 */
import { parse } from '@babel/parser';
import { expect } from 'chai';
import { describeGenerator, generate, GeneratorOptionsError, GENERATORS, type GeneratedFile, type GeneratorTarget } from '../../src/index.js';

const SET_COUNT = 1000;
const PIECES = ["'", '"', '`', '*/', '/*', '//', '${', '}', '${process.exit(1)}', '\n', '\r\n', '\u2028', '\u2029', '\\', "'); process.exit(1); ('", '</script>', 'é', '🙂', '\ud800', '\0', '#!', ' ', 'a', 'x1'];
/** Identifiers the generated code already uses or that JavaScript reserves: an identifier option must refuse them. */
const TAKEN_NAMES = ['closeGracefully', 'clientConfiguration', 'seedNodes', 'main', 'Array', 'Promise', 'GlideClient', 'Logger', 'process', 'require', 'module', 'await', 'class', 'undefined'];
const LOCATION_KEYS = new Set(['start', 'end', 'loc', 'range', 'extra', 'comments', 'leadingComments', 'trailingComments', 'innerComments', 'tokens']);

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FuzzSet {
  readonly id: string;
  readonly target: GeneratorTarget;
  readonly options: Record<string, unknown>;
  /** The hostile strings given to string options, by option name. */
  readonly hostile: Map<string, string>;
}

function fuzzSet(random: () => number): FuzzSet {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const hostileText = () => Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(PIECES)).join('');
  const generator = pick(GENERATORS);
  const options: Record<string, unknown> = {};
  const hostile = new Map<string, string>();
  for (const option of describeGenerator(generator).options) {
    if (random() < 0.3) continue;
    if (option.type === 'string' && !option.identifier) {
      const text = hostileText();
      options[option.name] = text;
      hostile.set(option.name, text);
    } else if (option.type === 'string') {
      options[option.name] = pick([hostileText, hostileText, () => pick(TAKEN_NAMES), () => `valid${Math.floor(random() * 100)}`, () => option.default])();
    } else if (option.type === 'enum') {
      options[option.name] = random() < 0.8 ? hostileText() : option.default;
    } else if (option.type === 'integer') {
      options[option.name] = pick([1, 2, 999, 0, -1, 1.5, Number.NaN, Infinity, 2 ** 53, hostileText(), option.default]);
    } else {
      options[option.name] = pick([true, false, hostileText(), 1]);
    }
  }
  if (random() < 0.05) options[hostileText()] = 'unknown option';
  return { id: generator.id, target: { language: pick(['ts', 'js'] as const), moduleSystem: pick(['esm', 'cjs'] as const), topology: pick(generator.topologies) }, options, hostile };
}

/** The parsed program without positions or comments, each string literal listed in `strings` replaced by its marker. */
function shapeOf(file: GeneratedFile, strings: ReadonlyMap<string, string>): unknown {
  const program = parse(file.text, { sourceType: 'module', plugins: file.path.endsWith('.ts') ? ['typescript'] : [] }).program;
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (value === null || typeof value !== 'object') return value;
    const node = value as Record<string, unknown>;
    if (node.type === 'StringLiteral' && strings.has(String(node.value))) return { type: 'StringLiteral', marker: strings.get(String(node.value)) };
    return Object.fromEntries(Object.entries(node).filter(([key]) => !LOCATION_KEYS.has(key)).map(([key, inner]) => [key, strip(inner)]));
  };
  return strip(program);
}

const isCode = (file: GeneratedFile) => file.path.endsWith('.ts') || file.path.endsWith('.js');

/**
 * What is wrong with `files`, generated with the `hostile` strings, compared with `harmless`, generated with the
 * `placeholders` in their place: a file that does not parse, a tree that differs other than in those literals, or
 * a hostile string that is not a string literal anywhere.
 */
function literalOnlyProblems(
  files: readonly GeneratedFile[],
  harmless: readonly GeneratedFile[],
  hostile: ReadonlyMap<string, string>,
  placeholders: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  const markers = new Map([...hostile].map(([name, text]) => [text, name]));
  // The template's own literals may equal a hostile value (`'}'` in `'{' + QUEUE_NAME + '}'`): marked alike in both.
  const placeholderMarkers = new Map([...markers, ...[...placeholders].map(([name, text]): [string, string] => [text, name])]);
  const shapes = new Map<string, string>();
  for (const file of files.filter(isCode)) {
    const counterpart = harmless.find((candidate) => candidate.path === file.path);
    let shape: string;
    try {
      shape = JSON.stringify(shapeOf(file, markers));
    } catch (error) {
      problems.push(`${file.path} does not parse: ${(error as Error).message}`);
      continue;
    }
    shapes.set(file.path, shape);
    if (!counterpart || shape !== JSON.stringify(shapeOf(counterpart, placeholderMarkers))) problems.push(`${file.path}: the tree differs beyond the literals`);
  }
  for (const [name] of hostile) {
    if (![...shapes.values()].some((shape) => shape.includes(`"marker":${JSON.stringify(name)}`))) problems.push(`${name} is not a string literal in the output`);
  }
  return problems;
}

describe('generator option fuzzing', function () {
  this.timeout(600_000);

  it(`gives ${SET_COUNT} hostile option sets a validation error naming the option, or code that holds the strings only as literals`, function () {
    const random = randomSource(20261201);
    let rejected = 0;
    let generated = 0;
    for (let index = 0; index < SET_COUNT; index += 1) {
      const set = fuzzSet(random);
      const where = `set ${index} (${set.id}, ${JSON.stringify(set.options)})`;
      let files: readonly GeneratedFile[];
      try {
        files = generate({ id: set.id, options: set.options, target: set.target }).files;
      } catch (error) {
        expect(error, where).to.be.instanceOf(GeneratorOptionsError);
        const named = (error as GeneratorOptionsError).problems.map((problem) => problem.option);
        expect(named.length, where).to.be.greaterThan(0);
        for (const option of named) expect(option.split(', ').every((name) => name in set.options), `${where}: ${option}`).to.equal(true);
        rejected += 1;
        continue;
      }
      generated += 1;
      const placeholders = new Map([...set.hostile].map(([name], position) => [name, `fuzz placeholder ${position}`]));
      const harmless = generate({ id: set.id, options: { ...set.options, ...Object.fromEntries(placeholders) }, target: set.target }).files;
      expect(literalOnlyProblems(files, harmless, set.hostile, placeholders), where).to.deep.equal([]);
    }
    // Both outcomes must occur, or the fuzzing tests one side only.
    expect(rejected, 'rejected sets').to.be.greaterThan(100);
    expect(generated, 'generated sets').to.be.greaterThan(100);
  });

  it('rejects output where a value was spliced into the text instead of written as a literal', function () {
    // Spliced between quotes, this value turns into a call.
    const value = "' + process.exit(1) + '";
    const hostile = new Map([['keyPrefix', value]]);
    const placeholders = new Map([['keyPrefix', 'fuzz placeholder 0']]);
    const spliced = [{ path: 'cache.js', text: `const KEY_PREFIX = '${value}';\n` }];
    const harmless = [{ path: 'cache.js', text: "const KEY_PREFIX = 'fuzz placeholder 0';\n" }];
    expect(literalOnlyProblems(spliced, harmless, hostile, placeholders)).to.deep.equal([
      'cache.js: the tree differs beyond the literals',
      'keyPrefix is not a string literal in the output',
    ]);
    const broken = [{ path: 'cache.js', text: "const KEY_PREFIX = 'it's';\n" }];
    expect(literalOnlyProblems(broken, harmless, new Map([['keyPrefix', "it's"]]), placeholders)[0]).to.match(/^cache.js does not parse/);
  });
});
