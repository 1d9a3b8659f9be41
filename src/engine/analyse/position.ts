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
