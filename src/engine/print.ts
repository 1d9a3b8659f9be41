/**
 * Prints a rewritten file through recast, which reprints only the nodes rules replaced and copies everything
 * else byte for byte. New code follows the file's own conventions: its quote style, indentation and line ends.
 */
import type { ParsedFile } from '../ast/parsed-file.js';
import { pathsOf } from '../ast/node-index.js';
import { reconcileCommentLocations } from './comment-locations.js';
import { quoteTemplateStrings } from './template-quotes.js';
import { shareUnchangedSubtrees } from './unchanged-subtrees.js';
import { indentTemplateText } from './template-indentation.js';
import { tabsInWrittenLines } from './tab-indentation.js';
import { printWithoutSemicolons } from './semicolon-less-print.js';
import { FOR_HEADS, parsedText, TERMINATED } from './statement-list.js';
import type { Type } from 'ast-types/lib/types.js';

export interface PrintStyle {
  readonly quote: 'single' | 'double';
  readonly tabWidth: number;
  readonly useTabs: boolean;
  readonly lineTerminator: '\n' | '\r\n';
  /** Whether the file ends its statements with `;` (a file written without them keeps only its ASI guards). */
  readonly semicolons: boolean;
}

/**
 * Whether most statements that may end with `;` do. A `;` that guards the next line (`foo()` then `;[1, 2]` or
 * `;(async () => {})()`) is how a file without semicolons is written, and is not counted.
 */
const SAMPLE = 200;

function endsStatementsWithSemicolons(file: ParsedFile): boolean {
  const text = parsedText(file.root.get().node, file.text);
  let withSemicolon = 0;
  let without = 0;
  // Read from the node index the analysis built: a walk of its own cost more than the rest of the style.
  const kinds = [...TERMINATED].map((kind) => (file.j as unknown as Record<string, Type<unknown> | undefined>)[kind]).filter((kind) => kind !== undefined);
  // A sample is enough to tell a file's habit, and keeps the cost of a long file down.
  const statements = kinds.flatMap((kind) => pathsOf(file, kind)).slice(0, SAMPLE);
  for (const path of statements) {
    const end = (path.node as { end?: unknown }).end;
    const parent = path.parent?.node as { type: string; init?: unknown; left?: unknown } | undefined;
    const inForHead = parent !== undefined && FOR_HEADS.has(parent.type) && (parent.init === path.node || parent.left === path.node);
    if (inForHead || typeof end !== 'number') continue;
    if (text[end - 1] !== ';') {
      without += 1;
      continue;
    }
    const lineStart = text.lastIndexOf('\n', end - 2) + 1;
    const firstOnItsLine = text.slice(lineStart, end - 1).trim() === '';
    const guardsNext = /^[ \t]*[([`]/.test(text.slice(end, end + 80));
    if (!firstOnItsLine && !guardsNext) withSemicolon += 1;
  }
  return withSemicolon >= without;
}

/**
 * Reads the style off the source: the majority quote of string literals, the smallest indent step, whether
 * statements end with semicolons.
 */
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
    semicolons: endsStatementsWithSemicolons(file),
  };
}

/** Prints the file once the rules are done with it (the unchanged parts of its tree are handed back to recast). */
export function printFile(file: ParsedFile, style: PrintStyle): string {
  const tree = file.root.get().node;
  quoteTemplateStrings(file.j, tree, style.quote);
  indentTemplateText(tree, style.tabWidth, style.useTabs);
  shareUnchangedSubtrees(tree);
  reconcileCommentLocations(tree);
  const { semicolons, ...recastStyle } = style;
  const options = { ...recastStyle, reuseWhitespace: true, wrapColumn: 100, trailingComma: false };
  const print = () => file.root.toSource(options);
  const printed = semicolons ? print() : printWithoutSemicolons(file, tree, print, (node) => file.j(node as never).toSource(options));
  return style.useTabs ? tabsInWrittenLines(printed, file.text, style.lineTerminator, style.tabWidth) : printed;
}
