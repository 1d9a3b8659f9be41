/**
 * String literals written in our code templates' text (`String(score).replace('Infinity', 'inf')`) take the
 * file's quotes. recast reprints a template's nodes from the template's text, raw quotes included; a literal
 * given in the other quote is put back as a plain node of the same value, which recast prints with the file's
 * `quote` option, patched into the template's text in its place.
 */
import type { JSCodeshift } from 'jscodeshift';
import { forEachChangedNode } from './changed-nodes.js';

interface Located {
  readonly loc?: { lines?: unknown } | null;
  readonly extra?: { raw?: unknown };
  readonly raw?: unknown;
}

/**
 * Call before unchanged subtrees are put back: that step would put the cached template's own nodes in place of
 * unchanged copies, and those must not be changed. Our templates are written with single quotes, so a file that
 * uses them has nothing to do.
 */
export function quoteTemplateStrings(j: JSCodeshift, root: object, quote: 'single' | 'double'): void {
  if (quote === 'single') return;
  const fileLines = (root as Located).loc?.lines;
  const other = "'";
  forEachChangedNode(root, (node, container, key) => {
    const { loc, extra, raw } = node as Located;
    if (!loc || loc.lines === fileLines || typeof node.value !== 'string') return;
    if (node.type !== 'StringLiteral' && node.type !== 'Literal') return;
    const written = extra?.raw ?? raw;
    if (typeof written === 'string' && written.startsWith(other)) container[key] = j.stringLiteral(node.value);
  }, { everyNode: true });
}
