/**
 * Keeps each commented node and its comments located in the same source text, which recast's printer assumes.
 *
 * A node built from a code template keeps the template's location (recast reprints it from the template's text,
 * which is how its layout survives). When a rule hands such a node comments from the file (the header above the
 * require it replaces, the note above a statement it removed), recast measures the node's extent, comments
 * included, in the template's text: positions from the file read lines the template does not have (the printer
 * threw "Cannot read properties of undefined (reading 'indent')") or the wrong characters. Here, before printing,
 * such a node is given a place in the file instead, right under its comments: recast then measures the blank
 * lines around it in the file, the comments keep their own layout (a blank line under a licence header stays), and
 * the node's children still print from the template. A comment from other text on a node of the file loses its
 * location.
 */
import { forEachChangedNode } from './changed-nodes.js';

interface Position {
  readonly line: number;
  readonly column: number;
}

interface Located {
  readonly lines?: unknown;
  readonly start: Position;
  readonly end: Position;
}

interface FileLines {
  skipSpaces(position: Position, backward?: boolean): Position | null;
}

type AstObject = Record<string, unknown> & { original?: unknown; loc?: Located | null };

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.column < b.column);

function reconcile(node: AstObject, fileLines: unknown): void {
  const comments = node.comments;
  if (!Array.isArray(comments)) return;
  // A node built without a location is laid out by recast as new code, its comments from their own places.
  if (!node.loc) return;
  const lines = node.loc.lines;
  if (lines === fileLines) {
    // A comment from other text (none of the rules' comments has a location) prints as new.
    (comments as AstObject[]).forEach((comment) => {
      if (comment.loc && comment.loc.lines !== fileLines) comment.loc = null;
    });
    return;
  }
  const inFile = (comments as AstObject[]).filter((comment) => comment.loc?.lines === fileLines);
  if (inFile.length === 0) return;
  // The node stands where the code under its leading comments began, or before its trailing ones (an empty span,
  // which recast widens to the comments): the blank lines around it are measured in the file from there.
  const leading = inFile.filter((comment) => !comment.trailing).map((comment) => (comment.loc as Located).end);
  const trailing = inFile.filter((comment) => comment.trailing).map((comment) => (comment.loc as Located).start);
  const text = fileLines as FileLines;
  const place =
    leading.length > 0
      ? ((end) => text.skipSpaces(end) ?? end)(leading.reduce((a, b) => (before(a, b) ? b : a)))
      : ((start) => text.skipSpaces(start, true) ?? start)(trailing.reduce((a, b) => (before(a, b) ? a : b)));
  node.loc = { ...(inFile[0].loc as Located), start: place, end: place };
}

/** Reconciles the locations below `root` (a recast File node) with those of its comments; call just before printing. */
export function reconcileCommentLocations(root: object): void {
  const fileLines = (root as AstObject).loc?.lines;
  forEachChangedNode(root, (node) => reconcile(node as AstObject, fileLines));
}
