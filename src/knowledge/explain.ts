/**
 * "What is the GLIDE way to write this?": a Redis command, an ioredis or node-redis method or a GLIDE method,
 * answered from the catalogue (names, what differs, the rule that migrates it, an example from the golden
 * fixtures) and from the installed GLIDE declarations (signatures and doc comments, read when asked). One input
 * schema and one typed result for every door.
 */
import type { ExplainInput } from './explain-input.js';
import { COMMAND_CATALOGUE, docsUrlOf, sourceNamesOf, type CommandEntry } from './commands/catalogue.js';
import { NOT_CATALOGUED } from './commands/not-catalogued.js';
import { COMMAND_EXAMPLES } from './generated/command-examples.js';
import { nodeRedisMethodName } from './node-redis-method-names.js';

export type { GlideMethodFacts, CommandExplanation, ExplainResult } from './explain-result.js';
import type { GlideMethodFacts, CommandExplanation, ExplainResult } from './explain-result.js';

export interface ExplainOptions {
  /** Where to look for an installed @valkey/valkey-glide first (a project directory). */
  readonly from?: string;
}

const allNames = (entry: CommandEntry) => [entry.command, ...sourceNamesOf(entry, 'ioredis'), ...entry.nodeRedis, entry.glide, ...(entry.glideAlso ?? [])];

/** How well `name` names `entry`: the Redis command first, then a source method, then a GLIDE method; 0 for not at all. */
function matchRank(entry: CommandEntry, name: string): number {
  if (entry.command === name.toUpperCase()) return 3;
  if (sourceNamesOf(entry, 'ioredis').includes(name) || entry.nodeRedis.includes(nodeRedisMethodName(name))) return 2;
  if (entry.glide === name || entry.glideAlso?.includes(name)) return 1;
  return 0;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest known names, one spelling each (`pfadd` stands for `pfAdd` and `PFADD` too). */
function suggestionsFor(name: string): string[] {
  const spellings = new Map<string, string>();
  for (const known of [...COMMAND_CATALOGUE.flatMap(allNames), ...Object.keys(NOT_CATALOGUED)]) {
    if (!spellings.has(known.toLowerCase())) spellings.set(known.toLowerCase(), known);
  }
  const known = [...spellings.values()];
  const wanted = name.toLowerCase();
  const limit = Math.max(2, Math.floor(name.length / 3));
  return known
    .map((candidate) => ({ candidate, distance: editDistance(wanted, candidate.toLowerCase()) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 5)
    .map(({ candidate }) => candidate);
}

type MethodLookup = (method: string) => GlideMethodFacts | undefined;

async function glideLookup(options: ExplainOptions): Promise<{ lookup: MethodLookup; installed: boolean }> {
  const { findGlideDeclarations, glideMethods } = await import('./glide-declarations.js');
  const directory = findGlideDeclarations(options.from);
  if (!directory) return { lookup: () => undefined, installed: false };
  const methods = glideMethods(directory);
  return {
    installed: true,
    lookup: (method) => {
      const found = methods.get(method);
      return found && { method, declaredOn: found.declaredOn, signatures: found.signatures.map((signature) => signature.text), summary: found.summary };
    },
  };
}

function explainEntry(entry: CommandEntry, lookup: MethodLookup): CommandExplanation {
  const glideNames = [entry.glide, ...(entry.glideAlso ?? [])];
  return {
    command: entry.command,
    family: entry.family,
    docs: docsUrlOf(entry),
    names: { ioredis: [...sourceNamesOf(entry, 'ioredis')], nodeRedis: [...entry.nodeRedis], glide: glideNames },
    glide: glideNames.map(lookup).filter((facts) => facts !== undefined),
    differences: entry.differences ?? 'Nothing but the name: the same arguments and the same reply.',
    migration: { automatic: true, rule: entry.migration.rule, ruleDocs: `docs/rules/${entry.migration.rule}.md` },
    examples: [...(COMMAND_EXAMPLES[entry.command] ?? [])],
  };
}

function search(words: string): ExplainResult {
  const terms = words.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = COMMAND_CATALOGUE.filter((entry) => {
    const text = [...allNames(entry), entry.family, entry.differences ?? ''].join(' ').toLowerCase();
    return terms.every((term) => text.includes(term));
  }).map((entry) => ({ command: entry.command, family: entry.family, names: [...new Set(allNames(entry).slice(1))] }));
  return { kind: 'search', words, matches };
}

export async function explain(input: ExplainInput, options: ExplainOptions = {}): Promise<ExplainResult> {
  if ('search' in input) return search(input.search);
  const name = input.name.trim();
  const entries = COMMAND_CATALOGUE.map((entry) => ({ entry, rank: matchRank(entry, name) }))
    .filter(({ rank }) => rank > 0)
    .sort((a, b) => b.rank - a.rank)
    .map(({ entry }) => entry);
  const excluded = Object.hasOwn(NOT_CATALOGUED, name) ? NOT_CATALOGUED[name] : undefined;
  if (entries.length === 0 && !excluded) return { kind: 'unknown', name, suggestions: suggestionsFor(name) };
  const { lookup, installed } = await glideLookup(options);
  if (entries.length === 0 && excluded) {
    return { kind: 'glide-method', name, glide: lookup(name), migration: { automatic: false, reason: excluded.reason }, family: excluded.family, glideInstalled: installed };
  }
  return { kind: 'commands', name, commands: entries.map((entry) => explainEntry(entry, lookup)), glideInstalled: installed };
}
