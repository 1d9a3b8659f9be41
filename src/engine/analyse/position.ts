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

export function compareByPosition(a: unknown, b: unknown): number {
  const left = positionOf(a);
  const right = positionOf(b);
  return left.line - right.line || left.column - right.column;
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
