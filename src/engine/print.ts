/**
 * Prints a rewritten file through recast, which reprints only the nodes rules replaced and copies everything
 * else byte for byte. New code follows the file's own conventions: its quote style, indentation and line ends.
 */
import type { ParsedFile } from '../ast/parsed-file.js';
import { pathsOf } from '../ast/node-index.js';
import { reconcileCommentLocations } from './comment-locations.js';
import { quoteTemplateStrings } from './template-quotes.js';
import { shareUnchangedSubtrees } from './unchanged-subtrees.js';

export interface PrintStyle {
  readonly quote: 'single' | 'double';
  readonly tabWidth: number;
  readonly useTabs: boolean;
  readonly lineTerminator: '\n' | '\r\n';
}

/** Reads the style off the source: the majority quote of string literals, the smallest indent step. */
export function detectPrintStyle(file: ParsedFile): PrintStyle {
  const { j, text } = file;
  let single = 0;
  let double = 0;
  // TypeScript parses strings as StringLiteral (raw text in `extra.raw`), the babel parser as Literal (`raw`).
  const count = (node: { extra?: { raw?: string }; raw?: string }) => {
    const raw = node.extra?.raw ?? node.raw ?? '';
    if (raw.startsWith("'")) single += 1;
    else if (raw.startsWith('"')) double += 1;
  };
  pathsOf(file, j.StringLiteral).forEach((path) => count(path.node));
  pathsOf(file, j.Literal).forEach((path) => {
    if (typeof path.node.value === 'string') count(path.node as { raw?: string });
  });
  const lines = text.split('\n');
  const usesTabs = lines.some((line) => line.startsWith('\t'));
  const spaceIndents = lines.map((line) => line.length - line.trimStart().length).filter((width) => width > 0);
  const smallest = spaceIndents.length > 0 ? Math.min(...spaceIndents) : 2;
  return {
    quote: double > single ? 'double' : 'single',
    tabWidth: usesTabs ? 4 : Math.min(Math.max(smallest, 2), 8),
    useTabs: usesTabs,
    lineTerminator: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

/** Prints the file once the rules are done with it (the unchanged parts of its tree are handed back to recast). */
export function printFile(file: ParsedFile, style: PrintStyle): string {
  const tree = file.root.get().node;
  quoteTemplateStrings(file.j, tree, style.quote);
  shareUnchangedSubtrees(tree);
  reconcileCommentLocations(tree);
  return file.root.toSource({ ...style, reuseWhitespace: true, wrapColumn: 100, trailingComma: false });
}
