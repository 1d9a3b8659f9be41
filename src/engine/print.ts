/**
 * Prints a rewritten file through recast, which reprints only the nodes rules replaced and copies everything
 * else byte for byte. New code follows the file's own conventions: its quote style, indentation and line ends.
 */
import type { ParsedFile } from '../ast/parsed-file.js';
import { pathsOf, pathsOfKinds } from '../ast/node-index.js';
import { reconcileCommentLocations } from './comment-locations.js';
import { quoteTemplateStrings } from './template-quotes.js';
import { shareUnchangedSubtrees } from './unchanged-subtrees.js';
import { indentTemplateText } from './template-indentation.js';
import { tabsInWrittenLines } from './tab-indentation.js';
import { printWithoutSemicolons } from './semicolon-less-print.js';
import { FOR_HEADS, parsedText, TERMINATED } from './statement-list.js';

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
/** Top-level statements enough to tell a file's habit without looking deeper. */
const ENOUGH_AT_TOP = 8;

/**
 * The statements whose ends tell the file's habit: its top-level ones when there are enough (imports, constants,
 * calls), else every statement from the node index the analysis built (a walk of its own would cost more than the
 * rest of the style), a sample of them in a long file.
 */
function sampleStatements(file: ParsedFile): { node: unknown; parent: unknown }[] {
  const body = (file.root.get().node as { program?: { body?: { type: string }[] } }).program?.body ?? [];
  const top = body.filter((node) => TERMINATED.has(node.type) && !exportsADeclarationWithABody(node));
  if (top.length >= ENOUGH_AT_TOP) return top.slice(0, SAMPLE).map((node) => ({ node, parent: undefined }));
  return pathsOfKinds(file, TERMINATED).slice(0, SAMPLE).map((path) => ({ node: path.value, parent: (path.parent as { value?: unknown } | null)?.value }));
}

/** `export function f() {}`, `export class C {}`, `export default function () {}`: they end with `}`, not `;`. */
function exportsADeclarationWithABody(node: { type: string; declaration?: { type?: string } | null }): boolean {
  if (node.type !== 'ExportNamedDeclaration' && node.type !== 'ExportDefaultDeclaration') return false;
  const declared = node.declaration?.type ?? '';
  return /Function|Class|TSInterface|TSEnum|TSModule/.test(declared);
}

function endsStatementsWithSemicolons(file: ParsedFile): boolean {
  const text = parsedText(file.root.get().node, file.text);
  let withSemicolon = 0;
  let without = 0;
  for (const statement of sampleStatements(file)) {
    const end = (statement.node as { end?: unknown }).end;
    const parent = statement.parent as { type: string; init?: unknown; left?: unknown } | undefined;
    const inForHead = parent !== undefined && FOR_HEADS.has(parent.type) && (parent.init === statement.node || parent.left === statement.node);
    if (inForHead || typeof end !== 'number' || exportsADeclarationWithABody(statement.node as { type: string })) continue;
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
  const printed = keepInterpreterLine(tree, file.text, semicolons ? print() : printWithoutSemicolons(file, tree, print, (node) => file.j(node as never).toSource(options)));
  return style.useTabs ? tabsInWrittenLines(printed, file.text, style.lineTerminator, style.tabWidth) : printed;
}

/**
 * A file's `#!` line stays a line of its own, with the blank lines that followed it. recast reprints the program's
 * interpreter directive glued to a first statement a rule replaced (`#!/usr/bin/env nodeimport ...`), which turns
 * that statement into part of the comment; the original line ending (and blank lines) are put back.
 */
function keepInterpreterLine(tree: { program?: { interpreter?: { value?: string } | null } }, original: string, printed: string): string {
  const value = tree.program?.interpreter?.value;
  const line = `#!${value}`;
  if (value === undefined || !original.startsWith(line) || !printed.startsWith(line)) return printed;
  const gapAfter = (text: string) => text.slice(line.length, line.length + (text.slice(line.length).length - text.slice(line.length).trimStart().length));
  const [originalGap, printedGap] = [gapAfter(original), gapAfter(printed)];
  if (printedGap === originalGap || printed.length === line.length) return printed;
  const lineEndings = (gap: string) => gap.split('\n').length - 1;
  return lineEndings(printedGap) < lineEndings(originalGap) ? `${line}${originalGap}${printed.slice(line.length + printedGap.length)}` : printed;
}
