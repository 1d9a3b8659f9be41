/**
 * Prints a file written without semicolons so that the statements the migration wrote or reprinted have none
 * either. recast ends every statement it prints with `;` and has no option against it, and our templates' text
 * is written with them, so the step works on the printed text, guided by the tree that was printed: the printed
 * text is read back, its statements are paired with the tree's (listStatements), and the `;` that ends a
 * statement the migration wrote or changed is dropped where the next line cannot continue it. The file's own
 * `;` (the guards of a semicolon-less file, `;[1, 2].forEach(...)`) are kept, and so is every byte of the code
 * the migration did not touch.
 *
 * A statement we print that starts with `(`, `[` or a template literal would continue the file's statement
 * before it: it is printed with a marker statement in front (whose `;` ends that statement), and the marker is
 * then turned into the leading `;` such a file writes, `;(await client).get(key)`. Any doubt (the text read back
 * does not pair with the tree) leaves the text as recast printed it; the result is read back once more.
 */
import type { JSCodeshift } from 'jscodeshift';
import getSyntaxParser from 'jscodeshift/src/getParser.js';
import type { ParsedFile } from '../ast/parsed-file.js';
import { forEachChangedNode, type AstObject } from './changed-nodes.js';
import { listStatements, parsedText, TERMINATED, type ListedStatement } from './statement-list.js';

const MARKER = '$glide_codemod_asi_guard$';
const STATEMENT_LISTS = ['body', 'consequent'];
const CONTINUES_EXPRESSION = /[([`]/;
/** What a line may start with after a statement that lost its `;`: nothing that could continue an expression. */
const STARTS_STATEMENT = /[\p{ID_Start}\p{ID_Continue}$'"{}@#;]/u;

interface Ranged {
  readonly start?: number;
  readonly end?: number;
}

interface NextToken {
  readonly index: number;
  readonly newline: boolean;
}

/** Where the next token after `from` begins, skipping spaces and comments, and whether a line ends before it. */
function nextToken(text: string, from: number): NextToken {
  let index = from;
  let newline = false;
  while (index < text.length) {
    const char = text[index];
    if (char === '\n') newline = true;
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
      index += 1;
    } else if (text.startsWith('//', index)) {
      const end = text.indexOf('\n', index);
      index = end < 0 ? text.length : end;
    } else if (text.startsWith('/*', index)) {
      const end = text.indexOf('*/', index + 2);
      const close = end < 0 ? text.length : end + 2;
      if (text.slice(index, close).includes('\n')) newline = true;
      index = close;
    } else {
      break;
    }
  }
  return { index, newline };
}

/** Whether a statement of the tree as printed ended with a `;` in the file (a guard the file wrote itself). */
function endedWithSemicolon(statement: ListedStatement, file: ParsedFile): boolean {
  const original = (statement.unchanged ? statement.node : statement.node.original) as (AstObject & Ranged) | undefined;
  if (!original || typeof original.end !== 'number') return false;
  const lines = (original.loc as { lines?: unknown } | undefined)?.lines;
  const fileLines = (file.root.get().node as { loc?: { lines?: unknown } }).loc?.lines;
  return lines === fileLines && parsedText(file.root.get().node, file.text)[original.end - 1] === ';';
}

function parseStatements(j: JSCodeshift, file: ParsedFile, text: string): ListedStatement[] | undefined {
  let tree: object;
  try {
    tree = getSyntaxParser(file.parser).parse(text) as object;
  } catch (error) {
    if (error instanceof SyntaxError || (error as { loc?: unknown })?.loc) return undefined;
    throw error;
  }
  return listStatements(j, tree);
}

const samePairs = (a: readonly ListedStatement[], b: readonly ListedStatement[] | undefined) =>
  b !== undefined && a.length === b.length && a.every((entry, index) => entry.type === b[index].type);

/** Puts a marker before each statement we print that starts with `(`, `[` or a template; returns them. */
function guardStatementStarts(file: ParsedFile, tree: object, printNode: (node: object) => string): AstObject[][] {
  const text = parsedText(tree, file.text);
  const lists: AstObject[][] = [];
  const guarded: { list: AstObject[]; index: number }[] = [];
  forEachChangedNode(tree, (node) => {
    for (const key of STATEMENT_LISTS) {
      const list = node[key];
      if (!Array.isArray(list)) continue;
      for (let index = 1; index < list.length; index++) {
        const statement = list[index] as AstObject & Ranged;
        const previous = list[index - 1] as AstObject & Ranged;
        const asParsed = statement.original === statement;
        // recast leaves out the file's empty statement, `;`, in front of `(async () => {...})()`: put it back.
        const emptyBefore = previous.type === 'EmptyStatement' && previous.original === previous;
        if (!emptyBefore && (asParsed || !TERMINATED.has(String(previous.type)))) continue;
        if (!emptyBefore && previous.original === previous && text[(previous.end ?? 0) - 1] === ';') continue;
        const printed = asParsed ? text.slice(statement.start ?? 0, statement.end) : printNode(statement);
        const first = printed[nextToken(printed, 0).index] ?? '';
        if (CONTINUES_EXPRESSION.test(first)) guarded.push({ list: list as AstObject[], index });
      }
    }
  });
  // From the last, so that the indexes of those before stay right.
  for (const { list, index } of guarded.reverse()) {
    list.splice(index, 0, file.j.expressionStatement(file.j.identifier(MARKER)) as unknown as AstObject);
    if (!lists.includes(list)) lists.push(list);
  }
  return lists;
}

/** Turns each marker line into a `;` in front of the statement after it, keeping the blank lines around. */
function markersToGuards(text: string): string {
  let out = text;
  const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
  for (let at = out.lastIndexOf(MARKER); at >= 0; at = out.lastIndexOf(MARKER, at - 1)) {
    const semicolon = at + MARKER.length;
    if (out[semicolon] !== ';') continue;
    let before = at;
    while (before > 0 && /\s/.test(out[before - 1])) before -= 1;
    // The statement before already ends with `;` (the file's own guard, reprinted with it): no second one.
    const guard = out[before - 1] === ';' ? '' : ';';
    const next = nextToken(out, semicolon + 1);
    let after = semicolon + 1;
    while (after < out.length && /\s/.test(out[after])) after += 1;
    const gap = (from: number, to: number) => out.slice(from, to).split('\n').length - 1;
    const lines = Math.max(gap(before, at), gap(semicolon + 1, after));
    const indent = out.slice(out.lastIndexOf('\n', after - 1) + 1, after);
    const lineStart = out.lastIndexOf('\n', before - 2) + 1;
    if (guard === '' && after === next.index && out.slice(lineStart, before - 1).trim() === '') {
      // That `;` leads its own line (`foo()` then `;[1, 2]...`): the statement goes back beside it.
      out = `${out.slice(0, before)}${out.slice(after)}`;
      continue;
    }
    out = `${out.slice(0, before)}${lineEnd.repeat(lines)}${indent}${out.slice(after, next.index)}${guard}${out.slice(next.index)}`;
  }
  return out;
}

/**
 * `print` prints `tree` (the file's tree, unchanged subtrees put back) as recast does; `printNode` prints one
 * statement alone with the same options.
 */
export function printWithoutSemicolons(file: ParsedFile, tree: object, print: () => string, printNode: (node: object) => string): string {
  const { j } = file;
  const statements = listStatements(j, tree);
  const lists = guardStatementStarts(file, tree, printNode);
  let printed: string;
  try {
    printed = print();
  } finally {
    for (const list of lists) {
      for (let index = list.length - 1; index >= 0; index--) {
        const expression = (list[index] as { expression?: { name?: unknown } }).expression;
        if (list[index].type === 'ExpressionStatement' && expression?.name === MARKER) list.splice(index, 1);
      }
    }
  }
  const guardedText = lists.length > 0 ? markersToGuards(printed) : printed;
  const read = parseStatements(j, file, guardedText);
  // Printed again without the markers (taken out above) when in doubt.
  if (!read || !samePairs(statements, read)) return lists.length > 0 ? print() : printed;

  const drop = new Set<number>();
  const moves = new Map<number, number>();
  statements.forEach((statement, index) => {
    if (statement.unchanged || statement.inForHead || endedWithSemicolon(statement, file)) return;
    const end = (read[index].node as Ranged).end;
    if (typeof end !== 'number' || guardedText[end - 1] !== ';') return;
    const next = nextToken(guardedText, end);
    const char = guardedText[next.index];
    if (char === undefined || char === '}' || (next.newline && STARTS_STATEMENT.test(char))) drop.add(end - 1);
    else if (next.newline && CONTINUES_EXPRESSION.test(char)) moves.set(end - 1, next.index);
  });
  if (drop.size === 0 && moves.size === 0) return guardedText;
  const cuts = [...drop].map((at) => ({ at, insert: -1 }));
  for (const [at, to] of moves) cuts.push({ at, insert: to });
  let out = guardedText;
  // Edits from the end of the text: every edit leaves the text before it where it was.
  const edits = cuts.flatMap(({ at, insert }) => (insert < 0 ? [{ at, text: '', length: 1 }] : [{ at: insert, text: ';', length: 0 }, { at, text: '', length: 1 }]));
  edits.sort((a, b) => b.at - a.at);
  for (const edit of edits) out = `${out.slice(0, edit.at)}${edit.text}${out.slice(edit.at + edit.length)}`;
  return samePairs(statements, parseStatements(j, file, out)) ? out : guardedText;
}
