/**
 * Which of a file's bindings stay as written after a run's blockers: each blocker's client together with every
 * binding of the file it is passed or assigned to, or from (one family), and every binding for a blocker that
 * concerns the whole file.
 */
import type { FileAnalysis } from '../analyse/types.js';
import type { Blocker } from '../rewrite/edits.js';
import { UnionFind } from './union-find.js';

export function fileFamilies(analysis: FileAnalysis): UnionFind {
  const families = new UnionFind();
  for (const binding of analysis.bindings) {
    for (const target of binding.flowsInto) families.join(String(binding.id), String(target));
  }
  return families;
}

export function blockedBindings(analysis: FileAnalysis, blockers: readonly Blocker[], already: ReadonlySet<number>): Set<number> {
  const blocked = new Set(already);
  const families = fileFamilies(analysis);
  const blockedFamilies = new Set<string>();
  for (const blocker of blockers) {
    if (blocker.client === undefined) return new Set(analysis.bindings.map((binding) => binding.id));
    if (blocker.client !== null) blockedFamilies.add(families.find(String(blocker.client)));
  }
  for (const id of already) blockedFamilies.add(families.find(String(id)));
  for (const binding of analysis.bindings) {
    if (blockedFamilies.has(families.find(String(binding.id)))) blocked.add(binding.id);
  }
  return blocked;
}
