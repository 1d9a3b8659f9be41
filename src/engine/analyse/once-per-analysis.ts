/**
 * A search of a file's clients done once per analysis, its answer kept by the analysis' bindings: the decision asks
 * before the rewrite, where the file's node index answers at once, and a rule may ask again while the tree
 * changes, where every search would walk it afresh. A new analysis (a file parsed again) has new bindings, so it
 * searches again.
 */
import type { ParsedFile } from '../../ast/parsed-file.js';
import type { ClientBinding } from './types.js';

export function oncePerAnalysis<Answer>(search: (file: ParsedFile, bindings: readonly ClientBinding[]) => Answer) {
  const answers = new WeakMap<readonly ClientBinding[], Answer>();
  return (file: ParsedFile, bindings: readonly ClientBinding[]): Answer => {
    if (!answers.has(bindings)) answers.set(bindings, search(file, bindings));
    return answers.get(bindings) as Answer;
  };
}
