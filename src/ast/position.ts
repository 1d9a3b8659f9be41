/** 1-based line and column of a node as the parser saw it (0/0 for nodes a rule built). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

interface Located {
  readonly loc?: { start: { line: number; column: number } } | null;
}

export function positionOf(node: unknown): Position {
  const start = (node as Located | null)?.loc?.start;
  return start ? { line: start.line, column: start.column + 1 } : { line: 0, column: 0 };
}

/** 1-based line and column where a node ends, as the parser saw it (0/0 for nodes a rule built). */
export function endOf(node: unknown): Position {
  const end = (node as { loc?: { end?: { line: number; column: number } } | null } | null)?.loc?.end;
  return end ? { line: end.line, column: end.column + 1 } : { line: 0, column: 0 };
}

/** Orders places (edits, diagnostics, blockers) as they stand in the file. */
export function byPlace(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}

export function compareByPosition(a: unknown, b: unknown): number {
  return byPlace(positionOf(a), positionOf(b));
}

interface LocatedIn {
  readonly loc?: { start: { line: number; column: number }; lines?: unknown } | null;
}

/**
 * The node's position in the file whose recast line table is `lines`, or undefined for a node with no place there:
 * built by a rule, or parsed from the text of one of our code templates (whose positions count in that text).
 */
export function findSourcePosition(node: unknown, lines: unknown): Position | undefined {
  const loc = (node as LocatedIn | null)?.loc;
  return loc && loc.lines === lines ? { line: loc.start.line, column: loc.start.column + 1 } : undefined;
}

/** The recast line table of a parsed file's text (what `findSourcePosition` compares with). */
export function sourceLinesOf(root: { get(): { node: unknown } }): unknown {
  return (root.get().node as LocatedIn).loc?.lines;
}

interface SlicedLines {
  sliceString(start: { line: number; column: number }, end: { line: number; column: number }): string;
}

/**
 * The source text of a parsed node, read through its location. Not through `start` / `end`: those count in the
 * text the parser was given, which recast normalises (line ends, tabs), so in a CRLF or tab-indented file they
 * point elsewhere in the file's own text. Undefined for a node a rule built.
 */
export function sourceTextOf(node: unknown): string | undefined {
  const loc = (node as { loc?: { start: Position; end: Position; lines?: SlicedLines } | null } | null)?.loc;
  return loc?.lines ? loc.lines.sliceString(loc.start, loc.end) : undefined;
}

/**
 * The position of the node a path holds, or of its nearest ancestor that has one: the parser leaves some nodes
 * without a location (a function declared inside `export`, whose export statement starts where it does).
 */
export function positionOfPath(path: { readonly node: unknown; readonly parent?: unknown }): Position {
  for (let current: { node: unknown; parent?: unknown } | null | undefined = path; current; current = current.parent as typeof current) {
    const position = positionOf(current.node);
    if (position.line > 0) return position;
  }
  return { line: 0, column: 0 };
}
